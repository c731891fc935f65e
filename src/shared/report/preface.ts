import { FORMATS } from '../form/formats'
import type { Report } from './types'

// The 前言: the paragraph above 一、总体情况 (legal basis, statistics period, where to read it, whom to
// ask). The clerk's own text when there is one; else the default generated from the report's details.

export const PREFACE_HEADING = '前言'

/** The default 前言, from the agency, year, format and contact details. */
export function defaultPreface(report: Pick<Report, 'agency' | 'year' | 'format' | 'contact'>): string {
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

/** Whether the report has a 前言 of its own (else the default is shown and printed). */
export function hasOwnPreface(report: Partial<Pick<Report, 'text'>>): boolean {
  return (report.text?.preface ?? '').trim() !== ''
}

/** The 前言 as the clerk sees it in the editor and as every export prints it. */
export function prefaceText(report: Pick<Report, 'agency' | 'year' | 'format' | 'contact'> & Partial<Pick<Report, 'text'>>): string {
  return hasOwnPreface(report) ? report.text!.preface!.trim() : defaultPreface(report)
}
