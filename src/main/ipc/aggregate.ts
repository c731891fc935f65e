import { aggregate, AggregateError, checkContent, combinedReport, departmentStatuses, pickYear, yearOptions, type Aggregate, type DepartmentReport, type ReadDepartment } from '../../shared/aggregate'
import type { ImportResult } from '../../shared/import/types'
import type { AggregateFolder, AggregateView, FolderRefusal } from '../../shared/ipc-work'
import { newReport } from '../../shared/report/create'
import type { Report } from '../../shared/report/types'
import { departmentOf } from '../folder/department-of'
import { defaultConcurrency, runPool } from '../import/pool'
import { importPath } from '../import/read-path'
import { parseReport } from '../schema/report'
import { DepartmentList } from '../storage/departments'
import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'
import { poolOf } from './pool-of'
import { folderFiles } from './folder-files'
import { IpcFailure } from './result'

// aggregate:* — 汇总 of stored reports or of a folder of files, the expected departments, and
// saving the sums as a report of its own. A built 汇总 waits under its token until saved.

const KEEP = 10
// A folder read holds every file's report: fewer are kept.
const KEEP_FOLDERS = 3

export function aggregateHandlers(deps: HandlerDeps): HandlerMap<'aggregate'> {
  const built = new Map<string, Aggregate>()
  // The files of the folders read last, so another year is summed without reading them again.
  const folders = new Map<string, ReadDepartment[]>()
  let list: Promise<DepartmentList> | undefined
  const departments = () => (list ??= DepartmentList.open(deps.storage.dir).catch((e: unknown) => {
    list = undefined
    throw e
  }))

  /** The sums of these reports, kept under a new token; throws AggregateError when they cannot be added. */
  const summed = async (reports: DepartmentReport[], notes: string[] = [], folder?: AggregateFolder): Promise<AggregateView> => {
    const agg = aggregate(reports)
    const token = crypto.randomUUID()
    built.set(token, agg)
    while (built.size > KEEP) built.delete(built.keys().next().value as string)
    const statuses = departmentStatuses((await departments()).list(), reports)
    const { counts, warnings } = checkContent(combinedReport(agg, '汇总'))
    const allNotes = [...notes, ...agg.notes]
    return { token, year: agg.year, format: agg.format, layout: agg.layout, cells: agg.cells, departments: agg.departments, statuses, sum: { counts, warnings }, notes: allNotes, ...(folder ? { folder } : {}) }
  }

  /**
   * One year of a folder read (the newest by default). A year that cannot be summed (mixed formats,
   * a department twice) is refused with the folder's years still offered, so another can be picked.
   */
  const folderView = async (token: string, year?: number, includeUnknown = false): Promise<AggregateView | FolderRefusal> => {
    const read = folders.get(token)
    if (!read) throw new IpcFailure('not-found', '这个文件夹的读取结果已过期，请重新选择文件夹。')
    const years = yearOptions(read)
    const folder: AggregateFolder = { token, years, unknown: read.filter((r) => r.yearUnknown).map((r) => r.source), includeUnknown, year: year ?? years[0]?.year }
    try {
      const pick = pickYear(read, year, includeUnknown)
      return await summed(pick.reports, pick.notes, folder)
    } catch (e) {
      if (e instanceof AggregateError) return { refused: e.message, folder }
      throw e
    }
  }

  const readFolder = async (dir: string): Promise<ReadDepartment[]> => {
    const paths = await folderFiles(dir)
    if (paths.length === 0) throw new IpcFailure('import', `文件夹“${dir}”中没有文件。`)
    const pool = poolOf(deps)
    const results = await runPool(paths, defaultConcurrency(), (path) => importPath(path, pool.importer).catch((e: Error) => e)).finally(() => pool.close())
    const failed = results.flatMap((r, i) => (r instanceof Error ? [`${paths[i].slice(dir.length + 1)}：${r.message}`] : []))
    if (failed.length > 0) throw new IpcFailure('import', `以下文件无法读取，未汇总（缺少部门的汇总数会偏小）。请移出或更正后重试：\n${failed.join('\n')}`)
    return (results as ImportResult[]).map((r, i) => ({ ...departmentOf(r.report, paths[i].slice(dir.length + 1)), yearUnknown: r.yearUnknown === true }))
  }

  return {
    'aggregate:departments': async () => (await departments()).list(),
    'aggregate:setDepartments': async ({ departments: names }) => (await departments()).set(names),
    'aggregate:fromReports': async ({ ids }) => {
      const reports = [...new Set(ids)].map((id) => deps.storage.get(id)).sort((a, b) => a.agency.localeCompare(b.agency, 'zh-CN'))
      try {
        return await summed(reports.map((r) => ({ department: r.agency, source: '已存报告', report: r })))
      } catch (e) {
        if (e instanceof AggregateError) throw new IpcFailure('import', e.message)
        throw e
      }
    },
    'aggregate:fromFolder': async () => {
      const dir = deps.dialogs.chooseFolderPath ? await deps.dialogs.chooseFolderPath('aggregate') : null
      if (dir === null) return { canceled: true }
      const token = crypto.randomUUID()
      folders.set(token, await readFolder(dir))
      while (folders.size > KEEP_FOLDERS) folders.delete(folders.keys().next().value as string)
      return folderView(token)
    },
    'aggregate:folderYear': ({ folder, year, includeUnknown }) => folderView(folder, year, includeUnknown),
    'aggregate:save': async ({ token, agency, replaceId }) => {
      const agg = built.get(token)
      if (!agg) throw new IpcFailure('not-found', '这次汇总已过期，请重新汇总。')
      const content = combinedReport(agg, agency)
      const report: Report = parseReport({ ...newReport({ agency: content.agency, year: agg.year, format: agg.format }), cells: content.cells, deadline: 'government' })
      const existing = deps.storage.findByAgencyYear(report.agency, report.year)
      if (existing && existing.id !== replaceId) {
        throw new IpcFailure('conflict', `${report.year}年“${existing.agency}”的报告已经存在。如要用汇总结果替换它，请确认替换（原内容会保存为历史版本）。`)
      }
      return replaceId ? deps.storage.replace(replaceId, report) : deps.storage.insert(report)
    }
  }
}
