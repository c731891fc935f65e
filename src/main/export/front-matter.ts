import { FORMATS } from '../../shared/form'
import type { Report } from '../../shared/report/types'

// The words around the form, shared by the Word and HTML writers: title, intro, sign-off.

/** The single-line title most published reports use: "<机关><年>年政府信息公开工作年度报告". */
export function titleText(report: Pick<Report, 'agency' | 'year'>): string {
  return `${report.agency.trim()}${report.year}年政府信息公开工作年度报告`
}

/** The intro paragraph: legal basis, statistics period, where to read it, whom to ask. */
export function introText(report: Pick<Report, 'agency' | 'year' | 'format' | 'contact'>): string {
  const { agency, year, contact } = report
  const notice = FORMATS[report.format].notice
  const parts = [
    `本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《政府信息公开工作年度报告格式》（${notice}）要求，由${agency.trim()}编制。`,
    `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`
  ]
  if (contact.website.trim()) parts.push(`本报告电子版可在${contact.website.trim()}查阅和下载。`)
  const details = [
    ['地址', contact.address],
    ['邮编', contact.postcode],
    ['电话', contact.phone],
    ['电子邮箱', contact.email]
  ]
    .filter(([, v]) => v.trim() !== '')
    .map(([k, v]) => `${k}：${v.trim()}`)
  if (details.length > 0) parts.push(`如对本报告有任何疑问，请与${agency.trim()}联系（${details.join('；')}）。`)
  return parts.join('')
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
