import { isReportYear, REPORT_YEARS } from '../../../../shared/report/types'

// Checks of the new-report fields, naming the field in Chinese.

/** Why the new-report fields cannot be used, naming the field; undefined when they can. */
export function newReportProblem(agency: string, yearText: string): string | undefined {
  if (!agency.trim()) return '请填写机关名称'
  const year = Number(yearText)
  if (!/^\d{4}$/.test(yearText.trim()) || !isReportYear(year)) return `年度应为 ${REPORT_YEARS.min} 到 ${REPORT_YEARS.max} 之间的四位年份`
  return undefined
}
