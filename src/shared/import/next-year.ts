import { isCellKey } from '../form/cells'
import { formatForYear } from '../form/formats'
import type { FormatId } from '../form/types'
import { blankCells } from '../report/create'
import { EXCHANGE_SCHEMA, TEXT_KEYS, type ExchangeReport } from '../report/exchange'
import type { ReportText } from '../report/types'
import { T3_COLUMNS } from '../form/t3'
import { markYearReferences } from '../report/review-marker'
import { carryPreface } from './next-year-preface'

// This year's report started from last year's: the year moves on, the format is the current one,
// 上年结转 comes from last year's 结转下年度, every other number is blank, and last year's text is
// kept as a draft with each year it names wrapped in a review marker.

// The review marker lives with the model (the rules and the exporter need it too).
export { REVIEW_MARKER, markReview, hasReviewMarkers, clearReviewMarkers, markYearReferences } from '../report/review-marker'

export interface NextYearOptions {
  /** Override the year (default last.year + 1). */
  year?: number
  /** Override the format (default the format of the new year). */
  format?: FormatId
}

export interface NextYearTemplate {
  report: ExchangeReport
  /** What the user should know about the carry-over, in plain Chinese. */
  notes: string[]
}

export function nextYearTemplate(last: ExchangeReport, opts: NextYearOptions = {}): NextYearTemplate {
  const year = opts.year ?? last.year + 1
  const format = opts.format ?? formatForYear(year)
  const cells = blankCells(format)
  const notes: string[] = []
  // 上年结转 = last year's 结转下年度, column by column (the same in both formats).
  let carried = 0
  for (const c of T3_COLUMNS) {
    const from = `t3.carriedForward.${c.key}`
    const to = `t3.carriedOver.${c.key}`
    const v = last.cells[from]
    if (isCellKey(format, to) && v !== undefined && v !== null) {
      cells[to] = v
      carried++
    }
  }
  if (carried === 0) notes.push('上年报告“四、结转下年度继续办理”为空，今年“二、上年结转政府信息公开申请数量”请手工填写')
  if (last.format === '2019' && format === '2021') {
    notes.push(
      '上年为2019年版格式、今年为2021年版格式：表二的栏目已改变；表三“（六）其他处理”在2021年版分为三行（逾期不补正、逾期未缴费、其他），没有一一对应，请按新格式分别填写'
    )
  }
  const text = {} as ReportText
  let marked = 0
  for (const k of TEXT_KEYS) {
    text[k] = markYearReferences(last.text[k] ?? '')
    if (text[k] !== (last.text[k] ?? '')) marked++
  }
  if (marked > 0) notes.push('正文沿用上年内容作为草稿，其中的年份已标为“【请核对：…】”，请逐处核对修改后删除标记')
  const report: ExchangeReport = { schema: EXCHANGE_SCHEMA, format, year, agency: last.agency, cells, text }
  if (last.meta?.contact || last.meta?.deadline || last.meta?.preface) {
    report.meta = {}
    if (last.meta.contact) report.meta.contact = { ...last.meta.contact }
    if (last.meta.deadline) report.meta.deadline = last.meta.deadline
    if (last.meta.preface) {
      const carried = carryPreface(last.meta.preface, last.year, year)
      report.meta.preface = carried.text
      notes.push(
        `前言沿用上年报告的开头段落${carried.moved > 0 ? `，其中统计期限和报告名称的年份已改为${year}年` : ''}${carried.marked > 0 ? `；其他${carried.marked}处年份已标为“【请核对：…】”` : ''}，请在“前言”中核对`
      )
    }
  }
  return { report, notes }
}

/**
 * This year's report from last year's: year + 1, the current format, 上年结转 from 结转下年度,
 * last year's text as a draft with year references marked, this year's numbers blank.
 */
export function templateFromLastYear(last: ExchangeReport, opts: NextYearOptions = {}): ExchangeReport {
  return nextYearTemplate(last, opts).report
}
