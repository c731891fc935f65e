import type { FormatId } from './form/types'
import type { ImportResult } from './import/types'
import type { Report } from './report/types'
import type { AppSettings, BlankAs } from './settings'

// The one IPC contract between the renderer and the main process: every channel, its request and
// its response. The preload builds its verbs from this; the main process validates every request
// against it before acting. Nothing else names a channel.

export interface ReportSummary {
  id: string
  agency: string
  year: number
  format: FormatId
  errors: number
  warnings: number
  updatedAt: string
  /** Last time the report reached the disk. */
  savedAt: string | null
}

export interface SnapshotInfo {
  id: string
  at: string
  reason: 'autosave' | 'manual' | 'before-restore' | 'before-import'
}

/** Storage health the UI must show: a restored backup, a failing disk. */
export interface StorageStatus {
  /** Set when the data file was damaged and the last good copy was restored. */
  recovered: { at: string; movedTo: string; message: string } | null
  /** Set while writes fail; the data is kept in memory and retried. */
  writeError: { since: string; message: string } | null
  lastSavedAt: string | null
}

export interface ExportRequest {
  id: string
  kind: 'docx' | 'html' | 'pdf' | 'json'
  blankAs: BlankAs
}

export type ExportResponse = { saved: true; path: string } | { saved: false }

export type ImportPreview = { token: string; result: ImportResult } | { canceled: true }

export interface ImportConfirm {
  token: string
  /** Start this year's report from the file (year + 1), or keep it as the report it is. */
  mode: 'next-year' | 'as-is'
  /** Needed when a report for the same agency and year already exists. */
  replaceId?: string
}

/** Every channel: request and response types. */
export interface IpcContract {
  'reports:list': { request: void; response: ReportSummary[] }
  'reports:get': { request: { id: string }; response: Report }
  'reports:create': { request: { agency: string; year: number; format?: FormatId }; response: Report }
  'reports:save': { request: { report: Report }; response: { savedAt: string | null } }
  'reports:duplicate': { request: { id: string }; response: Report }
  'reports:delete': { request: { id: string }; response: { undoToken: string } }
  'reports:undoDelete': { request: { undoToken: string }; response: Report }
  'reports:snapshots': { request: { id: string }; response: SnapshotInfo[] }
  'reports:restoreSnapshot': { request: { id: string; snapshotId: string }; response: Report }
  'files:importPreview': { request: void; response: ImportPreview }
  'files:importConfirm': { request: ImportConfirm; response: Report }
  'files:export': { request: ExportRequest; response: ExportResponse }
  'settings:get': { request: void; response: AppSettings }
  'settings:set': { request: { settings: AppSettings }; response: AppSettings }
  'storage:status': { request: void; response: StorageStatus }
}

export type Channel = keyof IpcContract
export type RequestOf<C extends Channel> = IpcContract[C]['request']
export type ResponseOf<C extends Channel> = IpcContract[C]['response']

export const CHANNELS: readonly Channel[] = [
  'reports:list',
  'reports:get',
  'reports:create',
  'reports:save',
  'reports:duplicate',
  'reports:delete',
  'reports:undoDelete',
  'reports:snapshots',
  'reports:restoreSnapshot',
  'files:importPreview',
  'files:importConfirm',
  'files:export',
  'settings:get',
  'settings:set',
  'storage:status'
]

/** Events the main process pushes to the renderer. */
export interface IpcEvents {
  'storage:status': StorageStatus
  /** A native menu item was chosen (文件 › 导出 …); the renderer acts on the open report. */
  'menu:command': { command: 'new' | 'import' | 'export-docx' | 'export-html' | 'export-pdf' | 'export-json' | 'undo' | 'redo' | 'settings' }
}

export type IpcErrorCode = 'invalid-request' | 'forbidden-sender' | 'not-found' | 'conflict' | 'io' | 'import' | 'internal'

/** Every invoke answers with this envelope, so a bad message gets a typed error, not a crash. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } }

/** The API the preload exposes as window.nianbao (and the web bridge mirrors over HTTP). */
export interface NianbaoApi {
  reports: {
    list(): Promise<ReportSummary[]>
    get(id: string): Promise<Report>
    create(input: RequestOf<'reports:create'>): Promise<Report>
    save(report: Report): Promise<{ savedAt: string | null }>
    duplicate(id: string): Promise<Report>
    delete(id: string): Promise<{ undoToken: string }>
    undoDelete(undoToken: string): Promise<Report>
    snapshots(id: string): Promise<SnapshotInfo[]>
    restoreSnapshot(id: string, snapshotId: string): Promise<Report>
  }
  files: {
    importPreview(): Promise<ImportPreview>
    importConfirm(input: ImportConfirm): Promise<Report>
    export(input: ExportRequest): Promise<ExportResponse>
  }
  settings: {
    get(): Promise<AppSettings>
    set(settings: AppSettings): Promise<AppSettings>
  }
  storage: {
    status(): Promise<StorageStatus>
    onStatus(listener: (status: StorageStatus) => void): () => void
  }
  menu: {
    onCommand(listener: (event: IpcEvents['menu:command']) => void): () => void
  }
}
