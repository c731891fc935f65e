import type { DepartmentStatus, SeverityCounts } from './aggregate/status'
import type { YearOption } from './aggregate/years'
import type { FileCheck } from './folder-check/types'
import type { FormatId, LayoutId } from './form/types'
import type { Cells, Report } from './report/types'
import type { Warning } from './rules/types'

// The part of the IPC contract for work across reports (汇总 and 检查文件夹), kept beside ipc.ts,
// which includes it: channels, requests and responses.

/** A 汇总 built in the main process, kept there under `token` until saved. */
export interface AggregateView {
  token: string
  year: number
  format: FormatId
  layout: LayoutId
  /** The sums. */
  cells: Cells
  /** Each department's cells in the layout of the sums, for the breakdown of any cell. */
  departments: { department: string; source: string; cells: Cells }[]
  /** The expected departments (missing ones too) and every present one, checked by the rules. */
  statuses: DepartmentStatus[]
  /** The rules on the sum itself. */
  sum: { counts: SeverityCounts; warnings: Warning[] }
  notes: string[]
  /** A 汇总 of a folder: the files read are kept under `token` so another year can be picked. */
  folder?: AggregateFolder
}

/** The years a folder's files state (newest first) and the files that state none. */
export interface AggregateFolder {
  token: string
  years: YearOption[]
  unknown: string[]
  includeUnknown: boolean
  /** The year asked for (absent: none stated by any file). */
  year?: number
}

/** A folder's year that cannot be summed (mixed formats…): why, and the years to pick from. */
export interface FolderRefusal {
  refused: string
  folder: AggregateFolder
}

/** A folder check as far as it has got; results from index `from` of the request on. */
export interface FolderCheckState {
  folder: string
  done: number
  total: number
  finished: boolean
  /** The folder could not be listed (the check did not start). */
  error?: string
  results: FileCheck[]
}

export interface WorkContract {
  'aggregate:departments': { request: void; response: string[] }
  'aggregate:setDepartments': { request: { departments: string[] }; response: string[] }
  'aggregate:fromReports': { request: { ids: string[] }; response: AggregateView }
  /** The folder comes from a dialog in the main process, never from the renderer. */
  'aggregate:fromFolder': { request: void; response: AggregateView | FolderRefusal | { canceled: true } }
  'aggregate:save': { request: { token: string; agency: string; replaceId?: string }; response: Report }
  /** The folder read last (its token) summed for another year, files without a year counted or not. */
  'aggregate:folderYear': { request: { folder: string; year: number; includeUnknown: boolean }; response: AggregateView | FolderRefusal }
  'folderCheck:start': { request: void; response: { jobId: string; folder: string } | { canceled: true } }
  'folderCheck:progress': { request: { jobId: string; from: number }; response: FolderCheckState }
}

export const WORK_CHANNELS: readonly (keyof WorkContract)[] = [
  'aggregate:departments',
  'aggregate:setDepartments',
  'aggregate:fromReports',
  'aggregate:fromFolder',
  'aggregate:save',
  'aggregate:folderYear',
  'folderCheck:start',
  'folderCheck:progress'
]

type Res<C extends keyof WorkContract> = Promise<WorkContract[C]['response']>

export interface WorkApi {
  aggregate: {
    departments(): Res<'aggregate:departments'>
    setDepartments(departments: string[]): Res<'aggregate:setDepartments'>
    fromReports(ids: string[]): Res<'aggregate:fromReports'>
    fromFolder(): Res<'aggregate:fromFolder'>
    save(input: WorkContract['aggregate:save']['request']): Res<'aggregate:save'>
    folderYear(input: WorkContract['aggregate:folderYear']['request']): Res<'aggregate:folderYear'>
  }
  folderCheck: {
    start(): Res<'folderCheck:start'>
    progress(jobId: string, from: number): Res<'folderCheck:progress'>
  }
}
