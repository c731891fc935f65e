import { FORMATS, type TextKey } from '../form'
import { PREFACE_HEADING } from '../report/preface'
import { TEXT_KEYS } from '../report/exchange'
import { reviewMarkerSpans } from '../report/review-marker'
import type { ReportText } from '../report/types'
import { toHalfWidth } from '../report/values'
import type { RuleContext } from './context'
import { yearMentions, type YearMention } from './year-mentions'
import type { TextSpan, Warning } from './types'

// S3: a year in the text that is not this report's, typically left over from last year's text; and
// the review markers 【请核对：…】 a draft started from last year's report still carries.

/** Whether a mention of this year is a normal thing to write in a report of `year`. */
function honest(m: YearMention, year: number): boolean {
  if (m.year === year) return true
  // "本报告统计期限自2023年1月1日…" in a 2024 report: last year's boilerplate, whatever else it says.
  if (m.statsPeriod) return false
  if (m.title || m.historical) return true
  // The year of publication: "2021年进一步改进措施" in a 2020 report.
  if (m.year === year + 1) return true
  if (m.year > year + 1) return m.planning
  if (m.year === year - 1) return m.lookingBack || m.accounts || m.contrasted
  // Older years: only as history ("连续三年", "自…以来").
  return m.history
}

export function checkStaleYears(ctx: RuleContext): Warning[] {
  const year = ctx.report.year
  const out: Warning[] = []
  const lastYear = ctx.previous && ctx.previous.year === year - 1 ? lastYearSentences(ctx.previous.text, year - 1) : undefined
  // The 前言 too: last year's, carried over, may still name last year's statistics period.
  for (const section of ['preface', ...TEXT_KEYS] as TextKey[]) {
    const text = ctx.report.text[section]
    if (!text) continue
    const markers = reviewMarkerSpans(text)
    const inMarker = (pos: number) => markers.some((k) => pos >= k.start && pos < k.end)
    const byYear = new Map<number, TextSpan[]>()
    const pasted: TextSpan[] = []
    for (const m of yearMentions(text)) {
      // A marked year is reported once, as a marker, below.
      if (inMarker(m.start)) continue
      if (lastYear && m.year === year - 1 && !m.title && (!m.historical || m.sinceYear)) {
        // Last year's sentence word for word, its year included: carried over whatever its wording.
        const sentence = sentenceAround(text, m.start)
        if (lastYear.has(compact(text.slice(sentence.start, sentence.end)))) {
          if (!pasted.some((p) => p.start === sentence.start)) pasted.push({ section, ...sentence })
          continue
        }
      }
      if (honest(m, year)) continue
      byYear.set(m.year, [...(byYear.get(m.year) ?? []), { section, start: m.start, end: m.end }])
    }
    const heading = section === 'preface' ? PREFACE_HEADING : (FORMATS[ctx.format].sections.find((s) => s.key === section)?.heading ?? section)
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
    if (pasted.length > 0) {
      out.push({
        rule: 'S3',
        severity: 'warning',
        cells: [],
        section,
        spans: pasted,
        fingerprint: `S3:${section}:pasted`,
        message: `“${heading}”有${pasted.length}句与上年报告一字不差，且写的是“${year - 1}年”（如“${clip(text.slice(pasted[0].start, pasted[0].end))}”）：这是上年的情况，请改写为${year}年度的情况`
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

const compact = (s: string) => toHalfWidth(s).replace(/\s+/g, '')
const clip = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s)
const SENTENCE_STOP = /[。；;！!？?\n]/

/** The sentence around a position, without its closing mark. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = at
  while (start > 0 && !SENTENCE_STOP.test(text[start - 1])) start--
  let end = at
  while (end < text.length && !SENTENCE_STOP.test(text[end])) end++
  return { start, end }
}

const sentencesCache = new WeakMap<ReportText, Set<string>>()

/** Last year's sentences that name its own year, compacted: what a pasted sentence equals. */
function lastYearSentences(text: ReportText, year: number): Set<string> {
  let set = sentencesCache.get(text)
  if (!set) {
    set = new Set()
    for (const key of TEXT_KEYS) {
      for (const s of (text[key] ?? '').split(SENTENCE_STOP)) {
        const c = compact(s)
        if (c.includes(`${year}年`)) set.add(c)
      }
    }
    sentencesCache.set(text, set)
  }
  return set
}
