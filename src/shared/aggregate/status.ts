import { checkReport, type CheckOptions, type Severity, type Warning } from '../rules'
import type { ReportContent } from '../report/types'
import { departmentKey } from './names'
import type { DepartmentReport } from './types'

// Which departments of the expected list have handed in a report, and whether it is consistent
// (the rules find no error). The rules run on every department's own report and on the sum.

export type SeverityCounts = Record<Severity, number>

export interface DepartmentStatus {
  department: string
  /** On the list of departments expected every year. */
  expected: boolean
  /** 'missing': expected, no report; 'failing': the rules find errors; 'ok': none. */
  state: 'missing' | 'failing' | 'ok'
  source?: string
  counts?: SeverityCounts
  warnings?: Warning[]
}

/** Counts of the warnings still open (an acknowledged one is explained, not open). */
export function countBySeverity(warnings: readonly Warning[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, hint: 0 }
  for (const w of warnings) if (!w.acknowledged) counts[w.severity]++
  return counts
}

export function checkContent(report: ReportContent, options: CheckOptions = {}): { warnings: Warning[]; counts: SeverityCounts } {
  const warnings = checkReport(report, null, options)
  return { warnings, counts: countBySeverity(warnings) }
}

/** Every present department (checked) and every expected one that is missing, expected first. */
export function departmentStatuses(expected: readonly string[], reports: readonly DepartmentReport[], options: CheckOptions = {}): DepartmentStatus[] {
  const present = new Map(reports.map((r) => [departmentKey(r.department), r]))
  const listed = new Set<string>()
  const out: DepartmentStatus[] = []
  const statusOf = (r: DepartmentReport, isExpected: boolean): DepartmentStatus => {
    const { warnings, counts } = checkContent(r.report, options)
    return { department: r.department.trim(), expected: isExpected, state: counts.error > 0 ? 'failing' : 'ok', source: r.source, counts, warnings }
  }
  for (const name of expected) {
    const key = departmentKey(name)
    if (key === '' || listed.has(key)) continue
    listed.add(key)
    const r = present.get(key)
    out.push(r ? statusOf(r, true) : { department: name.trim(), expected: true, state: 'missing' })
  }
  for (const r of reports) if (!listed.has(departmentKey(r.department))) out.push(statusOf(r, false))
  return out
}

/** The statuses again for a changed list of expected departments (no department is re-checked). */
export function withExpected(expected: readonly string[], statuses: readonly DepartmentStatus[]): DepartmentStatus[] {
  const present = statuses.filter((s) => s.state !== 'missing')
  const byKey = new Map(present.map((s) => [departmentKey(s.department), s]))
  const listed = new Set<string>()
  const out: DepartmentStatus[] = []
  for (const name of expected) {
    const key = departmentKey(name)
    if (key === '' || listed.has(key)) continue
    listed.add(key)
    const s = byKey.get(key)
    out.push(s ? { ...s, expected: true } : { department: name.trim(), expected: true, state: 'missing' })
  }
  for (const s of present) if (!listed.has(departmentKey(s.department))) out.push({ ...s, expected: false })
  return out
}
