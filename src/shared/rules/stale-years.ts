import { FORMATS } from '../form'
import { TEXT_KEYS } from '../report/exchange'
import type { RuleContext } from './context'
import { yearMentions, type YearMention } from './year-mentions'
import type { TextSpan, Warning } from './types'

// S3: a year in the text that is not this report's, typically left over from last year's text.

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
    const byYear = new Map<number, TextSpan[]>()
    for (const m of yearMentions(text)) {
      if (honest(m, year)) continue
      byYear.set(m.year, [...(byYear.get(m.year) ?? []), { section, start: m.start, end: m.end }])
    }
    const heading = FORMATS[ctx.format].sections.find((s) => s.key === section)?.heading ?? section
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
