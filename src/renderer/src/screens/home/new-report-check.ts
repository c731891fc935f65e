// Checks of the new-report fields, naming the field in Chinese.

/** Why the new-report fields cannot be used, naming the field; undefined when they can. */
export function newReportProblem(agency: string, yearText: string): string | undefined {
  if (!agency.trim()) return '请填写机关名称'
  const year = Number(yearText)
  if (!/^\d{4}$/.test(yearText.trim()) || year < 2008 || year > 2100) return '年度应为 2008 到 2100 之间的四位年份'
  return undefined
}
