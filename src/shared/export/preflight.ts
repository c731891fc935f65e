import { cellsOf } from '../form/cells'
import { layoutOf } from '../form/formats'
import type { TextKey, TextSectionKey } from '../form/types'
import { contactProblems } from '../report/contact-check'
import { TEXT_KEYS } from '../report/exchange'
import type { AgencyContact, ReportContent } from '../report/types'
import { reviewMarkerSpans } from '../report/review-marker'
import { isBlank } from '../report/values'
import { checkReport, type CheckOptions } from '../rules'
import type { Warning } from '../rules/types'

// What the user must decide before an export: fix the errors or export anyway, and write the blank
// cells as 0 or "/". Pure, so the renderer can show it and the CLI can refuse on it.

export interface ExportPreflight {
  /** Rule violations of severity "error" (unacknowledged ones first, as checkReport orders them). */
  errors: Warning[]
  /** Keys of the cells left blank, in reading order: they will be written as 0 or "/". */
  blankCells: string[]
  /** Text sections with no text: their heading is printed with nothing under it. */
  emptySections: TextSectionKey[]
  /** Review markers 【请核对：…】 still in the text (the 前言 first), by section: content carried over unchecked. */
  reviewMarkers: { section: TextKey; count: number }[]
  /** Warnings (not hints) not acknowledged: the rules' doubts the clerk has not answered. */
  warnings: Warning[]
  /** Details that would print wrong (a 邮编 that is not 6 digits): the field and what is wrong. */
  invalidDetails: { field: keyof AgencyContact; label: string; value: string; message: string }[]
}

const DETAIL_LABELS: Record<keyof AgencyContact, string> = { address: '通信地址', postcode: '邮政编码', phone: '联系电话', email: '电子邮箱', website: '网站' }

export function preflightExport(
  report: ReportContent & { contact?: AgencyContact },
  previous?: ReportContent | null,
  options: CheckOptions = {}
): ExportPreflight {
  const all = checkReport(report, previous, options)
  const errors = all.filter((w) => w.severity === 'error')
  const warnings = all.filter((w) => w.severity === 'warning' && !w.acknowledged)
  const blankCells = cellsOf(layoutOf(report.format, report.cells))
    .map((info) => info.key)
    .filter((key) => isBlank(report.cells[key]))
  const emptySections = TEXT_KEYS.filter((key) => (report.text[key] ?? '').trim() === '')
  const reviewMarkers = (['preface', ...TEXT_KEYS] as TextKey[])
    .map((section) => ({ section, count: reviewMarkerSpans(report.text[section] ?? '').length }))
    .filter((m) => m.count > 0)
  const contact = report.contact
  const problems = contact ? contactProblems(contact) : {}
  const invalidDetails = (Object.keys(problems) as (keyof AgencyContact)[]).map((field) => ({
    field,
    label: DETAIL_LABELS[field],
    value: contact![field],
    message: problems[field]!
  }))
  return { errors, blankCells, emptySections, reviewMarkers, warnings, invalidDetails }
}

/** One line of Chinese for the CLI and dialogs: "有 3 处错误，12 个空白单元格". */
export function preflightSummary(p: ExportPreflight): string {
  const parts: string[] = []
  if (p.errors.length > 0) parts.push(`有 ${p.errors.length} 处错误`)
  if (p.blankCells.length > 0) parts.push(`${p.blankCells.length} 个空白单元格`)
  const markers = p.reviewMarkers.reduce((n, m) => n + m.count, 0)
  if (markers > 0) parts.push(`${markers} 处“【请核对】”标记未处理`)
  if (p.emptySections.length > 0) parts.push(`${p.emptySections.length} 个文字部分未填写`)
  if (p.invalidDetails.length > 0) parts.push(`${p.invalidDetails.map((d) => d.label).join('、')}填写有误`)
  return parts.length > 0 ? parts.join('，') : '可以导出'
}
