import type { ReportSummary } from '../../shared/ipc'
import type { Report } from '../../shared/report/types'
import { checkReport } from '../../shared/rules'

// The home screen's line for one report, with its current error and warning counts.

export type Checker = typeof checkReport

export function summarize(report: Report, previous: Report | null, savedAt: string | null, check: Checker = checkReport): ReportSummary {
  let errors = 0
  let warnings = 0
  try {
    for (const w of check(report, previous)) {
      if (w.acknowledged) continue
      if (w.severity === 'error') errors++
      else if (w.severity === 'warning') warnings++
    }
  } catch {
    // A failing rule must never hide the report from the list.
  }
  return { id: report.id, agency: report.agency, year: report.year, format: report.format, errors, warnings, updatedAt: report.updatedAt, savedAt }
}

export function compareSummaries(a: ReportSummary, b: ReportSummary): number {
  return b.year - a.year || a.agency.localeCompare(b.agency, 'zh-CN') || a.id.localeCompare(b.id)
}
