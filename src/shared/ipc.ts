import type { FormatId } from './form/types'
import type { ImportResult } from './import/types'
import type { Report } from './report/types'
import type { AppSettings, BlankAs } from './settings'
import { WORK_CHANNELS, type WorkApi, type WorkContract } from './ipc-work'

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
  reason: 'autosave' | 'manual' | 'before-restore' | 'before-import' | 'before-overwrite'
}

/** Storage health the UI must show: a restored backup, a failing disk. */
export interface StorageStatus {
  /** Set when the data file was damaged and the last good copy was restored. */
  recovered: { at: string; movedTo: string; message: string } | null
  /** Set while writes fail; the data is kept in memory and retried. */
  writeError: { since: string; message: string } | null
  lastSavedAt: string | null
}

/**
 * Sent with each autosave so saves land in order: which editor (one per opened report view) sends
 * it, its own running number, and the stored revision its content started from. A save older than
 * the stored content is refused with the error code 'stale'; `overwrite` is the user's choice to
 * keep their version anyway.
 */
export interface SaveOrder {
  editor: string
  seq: number
  baseRevision: number
  overwrite?: boolean
}

/** A stored report with its revision, read together (an editor's saves start from it). */
export interface OpenedReport {
  report: Report
  revision: number
}

export interface ExportRequest {
  id: string
  kind: 'docx' | 'html' | 'pdf' | 'json'
  blankAs: BlankAs
}

/** `openToken` names the written file to files:openExported (the renderer never sends a path back);
 *  set by the exports of a report and of an image. */
export type ExportResponse = { saved: true; path: string; openToken?: string } | { saved: false }

/** After an export: open the written file, or show it in its folder (the system's file manager). */
export interface OpenExportedRequest {
  openToken: string
  target: 'file' | 'folder'
}

/** 打印: the app shows the system print dialog itself (printed: whether the user printed), or — in a
 *  browser (web bridge) — gives the address of the printable page for the page to open. */
export type PrintResponse = { printed: boolean } | { url: string }

/** What a backup file holds, shown before anything is restored. */
export interface BackupSummary {
  createdAt: string
  reports: { id: string; agency: string; year: number; format: FormatId; updatedAt: string }[]
  years: number[]
  agencies: string[]
  /** How many of the backup's reports are already stored with the same content (they are skipped). */
  alreadyStored: number
  /** How many share an id with a stored report of different content (they are added as copies). */
  asCopies: number
}

export type BackupPreview = { token: string; fileName: string; summary: BackupSummary } | { canceled: true }

export interface RestoreResult {
  /** Reports added (new ones and copies). */
  added: number
  /** Of those, added under a new id because the id was taken by a different report. */
  copies: number
  /** Already stored with the same content: left as they are. */
  skipped: number
  /** The backup's export settings replace only untouched default settings; changed ones are kept. */
  settings: 'restored' | 'kept'
}

/** An image made in the page (the years side by side: table and charts), saved where the user chooses. */
export interface ImageExportRequest {
  /** Suggested file name without extension, e.g. 2019—2023年某局主要数据对比. */
  name: string
  /** The PNG file, base64-encoded (JSON carries it on both transports). */
  pngBase64: string
}

export type ImportPreview = { token: string; result: ImportResult } | { canceled: true }

/** A file the system asked the app to open (double-click, drop on the icon, a second launch),
 *  read by the importer like a chosen one: its preview to confirm, or why it could not be read. */
export type OpenedFile = { fileName: string; token: string; result: ImportResult } | { fileName: string; error: string }

export interface ImportConfirm {
  token: string
  /** Start this year's report from the file (year + 1), or keep it as the report it is. */
  mode: 'next-year' | 'as-is'
  /** Needed when a report for the same agency and year already exists. */
  replaceId?: string
  /** The report's year as the user chose it: required when the import could not read it (yearUnknown). */
  year?: number
}

/** Every channel: request and response types (汇总 and 检查文件夹 in ipc-work.ts). */
export interface IpcContract extends WorkContract {
  'reports:list': { request: void; response: ReportSummary[] }
  'reports:get': { request: { id: string }; response: Report }
  'reports:create': { request: { agency: string; year: number; format?: FormatId }; response: Report }
  'reports:open': { request: { id: string }; response: OpenedReport }
  'reports:save': { request: { report: Report; order?: SaveOrder }; response: { savedAt: string | null; revision: number } }
  'reports:duplicate': { request: { id: string }; response: Report }
  'reports:delete': { request: { id: string }; response: { undoToken: string } }
  'reports:undoDelete': { request: { undoToken: string }; response: Report }
  'reports:snapshots': { request: { id: string }; response: SnapshotInfo[] }
  'reports:restoreSnapshot': { request: { id: string; snapshotId: string }; response: Report }
  'files:importPreview': { request: void; response: ImportPreview }
  'files:importConfirm': { request: ImportConfirm; response: Report }
  'files:export': { request: ExportRequest; response: ExportResponse }
  'files:openExported': { request: OpenExportedRequest; response: void }
  'files:exportImage': { request: ImageExportRequest; response: ExportResponse }
  /** The next file the system asked to open, read (null when none waits). */
  'files:takeOpened': { request: void; response: OpenedFile | null }
  'settings:get': { request: void; response: AppSettings }
  'settings:set': { request: { settings: AppSettings }; response: AppSettings }
  'storage:status': { request: void; response: StorageStatus }
  /** Where the data folder is (shown in settings). */
  'storage:location': { request: void; response: { dataDir: string } }
  /** 打印: the report's printable document (the web-page export), through the system print dialog. */
  'print:document': { request: { id: string; blankAs: BlankAs }; response: PrintResponse }
  /** 备份全部报告: every report and the settings in one file, saved where the user chooses. */
  'backup:save': { request: void; response: ExportResponse }
  /** 从备份恢复, step 1: the user picks a backup file; it is read, checked and summarised. */
  'backup:preview': { request: void; response: BackupPreview }
  /** Step 2: restore the previewed file, adding to what is stored (never overwriting). */
  'backup:restore': { request: { token: string }; response: RestoreResult }
  /** The page has finished its last save after app:closing (the token of that event). */
  'app:closeReady': { request: { token: string }; response: void }
}

export type Channel = keyof IpcContract
export type RequestOf<C extends Channel> = IpcContract[C]['request']
export type ResponseOf<C extends Channel> = IpcContract[C]['response']

export const CHANNELS: readonly Channel[] = [
  'reports:list',
  'reports:get',
  'reports:create',
  'reports:open',
  'reports:save',
  'reports:duplicate',
  'reports:delete',
  'reports:undoDelete',
  'reports:snapshots',
  'reports:restoreSnapshot',
  'files:importPreview',
  'files:importConfirm',
  'files:export',
  'files:openExported',
  'files:exportImage',
  'files:takeOpened',
  'settings:get',
  'settings:set',
  'storage:status',
  'app:closeReady',
  'storage:location',
  'print:document',
  'backup:save',
  'backup:preview',
  'backup:restore',
  ...WORK_CHANNELS
]

/** Events the main process pushes to the renderer. */
export interface IpcEvents {
  'storage:status': StorageStatus
  /** A native menu item was chosen (文件 › 导出 …); the renderer acts on the open report. */
  'menu:command': { command: 'new' | 'import' | 'export-docx' | 'export-html' | 'export-pdf' | 'export-json' | 'undo' | 'redo' | 'settings' | 'print' }
  /** The window is about to close (or the session ends): save now, then answer app:closeReady. */
  'app:closing': { token: string }
  /** The system asked to open a file (see files:takeOpened): the renderer takes and shows it. */
  'files:opened': { fileName: string }
}

/** 'stale': a save older than the stored report was refused (see SaveOrder); 'closed': storage has
 *  closed (the app is quitting) and refused a write. */
export type IpcErrorCode = 'invalid-request' | 'forbidden-sender' | 'not-found' | 'conflict' | 'stale' | 'io' | 'closed' | 'import' | 'internal'

/** Every invoke answers with this envelope, so a bad message gets a typed error, not a crash. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } }

/** The API the preload exposes as window.nianbao (and the web bridge mirrors over HTTP). */
export interface NianbaoApi extends WorkApi {
  reports: {
    list(): Promise<ReportSummary[]>
    get(id: string): Promise<Report>
    create(input: RequestOf<'reports:create'>): Promise<Report>
    open(id: string): Promise<OpenedReport>
    save(report: Report, order?: SaveOrder): Promise<{ savedAt: string | null; revision: number }>
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
    openExported(input: OpenExportedRequest): Promise<void>
    exportImage(input: ImageExportRequest): Promise<ExportResponse>
    takeOpened(): Promise<OpenedFile | null>
    onOpened(listener: (event: IpcEvents['files:opened']) => void): () => void
  }
  settings: {
    get(): Promise<AppSettings>
    set(settings: AppSettings): Promise<AppSettings>
  }
  storage: {
    status(): Promise<StorageStatus>
    onStatus(listener: (status: StorageStatus) => void): () => void
    location(): Promise<{ dataDir: string }>
  }
  print: {
    document(input: RequestOf<'print:document'>): Promise<PrintResponse>
  }
  backup: {
    save(): Promise<ExportResponse>
    preview(): Promise<BackupPreview>
    restore(token: string): Promise<RestoreResult>
  }
  menu: {
    onCommand(listener: (event: IpcEvents['menu:command']) => void): () => void
  }
  app: {
    /** Work to finish before the window closes (the editor's last save): the main process waits
     *  for every such handler, for a short while, before it closes the window. */
    onClosing(handler: () => Promise<void> | void): () => void
  }
}
