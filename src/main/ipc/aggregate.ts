import { aggregate, AggregateError, checkContent, combinedReport, departmentStatuses, type Aggregate, type DepartmentReport } from '../../shared/aggregate'
import type { ImportResult } from '../../shared/import/types'
import type { AggregateView } from '../../shared/ipc-work'
import { newReport } from '../../shared/report/create'
import type { Report } from '../../shared/report/types'
import { departmentOf } from '../folder/department-of'
import { FolderError, listFiles } from '../folder/list-files'
import { defaultConcurrency, runPool } from '../import/pool'
import { importPath } from '../import/read-path'
import { parseReport } from '../schema/report'
import { DepartmentList } from '../storage/departments'
import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'
import { poolOf } from './pool-of'
import { IpcFailure } from './result'

// aggregate:* — 汇总 of stored reports or of a folder of files, the expected departments, and
// saving the sums as a report of its own. A built 汇总 waits under its token until saved.

const KEEP = 10

export function aggregateHandlers(deps: HandlerDeps): HandlerMap<'aggregate'> {
  const built = new Map<string, Aggregate>()
  let list: Promise<DepartmentList> | undefined
  const departments = () => (list ??= DepartmentList.open(deps.storage.dir).catch((e: unknown) => {
    list = undefined
    throw e
  }))

  const view = async (reports: DepartmentReport[]): Promise<AggregateView> => {
    let agg: Aggregate
    try {
      agg = aggregate(reports)
    } catch (e) {
      if (e instanceof AggregateError) throw new IpcFailure('import', e.message)
      throw e
    }
    const token = crypto.randomUUID()
    built.set(token, agg)
    while (built.size > KEEP) built.delete(built.keys().next().value as string)
    const statuses = departmentStatuses((await departments()).list(), reports)
    const { counts, warnings } = checkContent(combinedReport(agg, '汇总'))
    return { token, year: agg.year, format: agg.format, layout: agg.layout, cells: agg.cells, departments: agg.departments, statuses, sum: { counts, warnings }, notes: agg.notes }
  }

  const readFolder = async (dir: string): Promise<DepartmentReport[]> => {
    let paths: string[]
    try {
      paths = await listFiles(dir)
    } catch (e) {
      if (e instanceof FolderError) throw new IpcFailure('io', e.message)
      throw e
    }
    if (paths.length === 0) throw new IpcFailure('import', `文件夹“${dir}”中没有文件。`)
    const pool = poolOf(deps)
    const results = await runPool(paths, defaultConcurrency(), (path) => importPath(path, pool.importer).catch((e: Error) => e)).finally(() => pool.close())
    const failed = results.flatMap((r, i) => (r instanceof Error ? [`${paths[i].slice(dir.length + 1)}：${r.message}`] : []))
    if (failed.length > 0) throw new IpcFailure('import', `以下文件无法读取，未汇总（缺少部门的汇总数会偏小）。请移出或更正后重试：\n${failed.join('\n')}`)
    const read = results as ImportResult[]
    const unknown = read.flatMap((r, i) => (r.yearUnknown ? [paths[i].slice(dir.length + 1)] : []))
    if (unknown.length > 0) throw new IpcFailure('import', `以下文件未写明报告年度，无法确定能否汇总：${unknown.join('、')}。请先逐个导入并选择年度。`)
    return read.map((r, i) => departmentOf(r.report, paths[i].slice(dir.length + 1)))
  }

  return {
    'aggregate:departments': async () => (await departments()).list(),
    'aggregate:setDepartments': async ({ departments: names }) => (await departments()).set(names),
    'aggregate:fromReports': async ({ ids }) => {
      const reports = [...new Set(ids)].map((id) => deps.storage.get(id)).sort((a, b) => a.agency.localeCompare(b.agency, 'zh-CN'))
      return view(reports.map((r) => ({ department: r.agency, source: '已存报告', report: r })))
    },
    'aggregate:fromFolder': async () => {
      const dir = deps.dialogs.chooseFolderPath ? await deps.dialogs.chooseFolderPath('aggregate') : null
      if (dir === null) return { canceled: true }
      return view(await readFolder(dir))
    },
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
