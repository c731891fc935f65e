import { prefaceText } from '../../shared/report/preface'
import { reportTitle } from '../../shared/report/title-breaks'
import type { Report } from '../../shared/report/types'

// The words around the form, shared by the Word and HTML writers: title, intro, sign-off.

/** The single-line title most published reports use: "<机关><年>年政府信息公开工作年度报告". */
export function titleText(report: Pick<Report, 'agency' | 'year'>): string {
  return reportTitle(report)
}

/** The intro paragraph (前言): the clerk's text as shown in the editor, else the generated default. */
export function introText(report: Pick<Report, 'agency' | 'year' | 'format' | 'contact'> & Partial<Pick<Report, 'text'>>): string {
  return prefaceText(report)
}

/** "2021-01-20" → "2021年1月20日" (GB/T 9704: Arabic numerals, no leading zeros). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim())
  if (!m) return iso.trim()
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** The sign-off lines (agency, date), or none when the report has it turned off. */
export function signOffLines(report: Pick<Report, 'agency' | 'signOff'>): string[] {
  if (!report.signOff.enabled) return []
  const lines = [report.agency.trim()]
  if (report.signOff.date.trim()) lines.push(chineseDate(report.signOff.date))
  return lines.filter((l) => l !== '')
}
