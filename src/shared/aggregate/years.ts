import { AggregateError, type DepartmentReport } from './types'

// A folder collected over several years holds reports of several years: the 汇总 is of one of
// them (the newest unless the user picks another), and the others are named as left out. A file
// that states no year joins only when the user says so (it is then taken as of the chosen year).

/** A department's report as read from a file: its year may be a placeholder the file never stated. */
export interface ReadDepartment extends DepartmentReport {
  yearUnknown?: boolean
}

export interface YearOption {
  year: number
  departments: string[]
}

export interface YearPick {
  year: number
  /** The reports of that year, those without a year too when asked for (taken as of that year). */
  reports: DepartmentReport[]
  /** Every year the files state, newest first, with its departments. */
  years: YearOption[]
  /** Files that state no year (their source), whether or not they were counted. */
  unknown: string[]
  /** Plain-Chinese notes on what was left out. */
  notes: string[]
}

const names = (list: string[]) => list.slice(0, 5).join('、') + (list.length > 5 ? `等${list.length}个部门` : '')

/** The years stated by the files, newest first. */
export function yearOptions(read: readonly ReadDepartment[]): YearOption[] {
  const by = new Map<number, string[]>()
  for (const r of read) if (!r.yearUnknown) by.set(r.report.year, [...(by.get(r.report.year) ?? []), r.department])
  return [...by].sort(([a], [b]) => b - a).map(([year, departments]) => ({ year, departments }))
}

/**
 * The reports of one year. `year` defaults to the newest a file states; with no year stated at all
 * the user must give one. Mixed formats within the year are left to aggregate(), which refuses them.
 */
export function pickYear(read: readonly ReadDepartment[], year?: number, includeUnknown = false): YearPick {
  const years = yearOptions(read)
  const unknownFiles = read.filter((r) => r.yearUnknown)
  const unknown = unknownFiles.map((r) => r.source)
  const chosen = year ?? years[0]?.year
  if (chosen === undefined) {
    throw new AggregateError(`以下文件都未写明报告年度，请选择年度后再汇总：${unknown.join('、')}`)
  }
  const reports: DepartmentReport[] = read
    .filter((r) => !r.yearUnknown && r.report.year === chosen)
    .map(({ department, source, report }) => ({ department, source, report }))
  if (includeUnknown) for (const r of unknownFiles) reports.push({ department: r.department, source: r.source, report: { ...r.report, year: chosen } })
  const notes: string[] = []
  const others = years.filter((y) => y.year !== chosen)
  if (others.length > 0) notes.push(`其他年度的报告未计入：${others.map((y) => `${y.year}年度（${names(y.departments)}）`).join('；')}。`)
  if (unknown.length > 0) {
    notes.push(includeUnknown ? `以下文件未写明年度，已按${chosen}年度计入：${unknown.join('、')}。` : `以下文件未写明年度，未计入：${unknown.join('、')}。`)
  }
  if (reports.length === 0) throw new AggregateError(`文件夹中没有${chosen}年度的报告。`)
  return { year: chosen, reports, years, unknown, notes }
}
