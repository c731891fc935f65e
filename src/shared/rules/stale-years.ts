import { FORMATS } from '../form'
import { TEXT_KEYS } from '../report/exchange'
import { reviewMarkerSpans } from '../report/review-marker'
import type { RuleContext } from './context'
import { yearMentions, type YearMention } from './year-mentions'
import type { TextSpan, Warning } from './types'

// S3: a year in the text that is not this report's, typically left over from last year's text; and
// the review markers 【请核对：…】 a draft started from last year's report still carries.

/** Whether a mention of this year is a normal thing to write in a report of `year`. */
function honest(m: YearMention, year: number): boolean {
  if (m.year === year || m.title || m.historical) return true
  // The year of publication: "2021年进一步改进措施" in a 2020 report.
  if (m.year === year + 1) return true
  if (m.year > year + 1) return m.planning
  if (m.year === year - 1) return m.lookingBack
  // Older years: only as history ("连续三年", "自…以来").
  return m.history
}

export function checkStaleYears(ctx: RuleContext): Warning[] {
  const year = ctx.report.year
  const out: Warning[] = []
  for (const section of TEXT_KEYS) {
    const text = ctx.report.text[section]
    if (!text) continue
    const markers = reviewMarkerSpans(text)
    const inMarker = (pos: number) => markers.some((k) => pos >= k.start && pos < k.end)
    const byYear = new Map<number, TextSpan[]>()
    for (const m of yearMentions(text)) {
      // A marked year is reported once, as a marker, below.
      if (honest(m, year) || inMarker(m.start)) continue
      byYear.set(m.year, [...(byYear.get(m.year) ?? []), { section, start: m.start, end: m.end }])
    }
    const heading = FORMATS[ctx.format].sections.find((s) => s.key === section)?.heading ?? section
    if (markers.length > 0) {
      out.push({
        rule: 'S3',
        severity: 'warning',
        cells: [],
        section,
        spans: markers.map((k) => ({ section, start: k.start, end: k.end })),
        fingerprint: `S3:${section}:marker`,
        message: `“${heading}”中有${markers.length}处从上年报告带来的“【请核对：…】”标记（如“${markers[0].inner}”）：核对或改写后删除标记；导出时标记不会印出，但未核对的内容会原样印出`
      })
    }
    for (const [y, spans] of byYear) {
      out.push({
        rule: 'S3',
        severity: 'warning',
        cells: [],
        section,
        spans,
        fingerprint: `S3:${section}:${y}`,
        message: `“${heading}”中出现“${y}年”${spans.length > 1 ? `（${spans.length}处）` : ''}，本报告是${year}年度报告：请确认不是沿用往年的文字`
      })
    }
  }
  return out
}
