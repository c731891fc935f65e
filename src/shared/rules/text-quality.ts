import { FORMATS } from '../form'
import type { TextSectionKey } from '../form'
import { TEXT_KEYS } from '../report/exchange'
import type { ReportText } from '../report/types'
import type { RuleContext } from './context'
import type { TextSpan, Warning } from './types'

// S1 (section 五 left empty) and S2 (text copied unchanged from last year's report). Text work is
// cached by the text strings, so a re-check after a cell edit costs nothing here.

const NOTHING = /^(?:无|暂无|没有|无问题|不存在问题|略)?$/

const compact = (s: string) => s.replace(/[\s\u3000]+/g, '')

const heading = (ctx: RuleContext, key: TextSectionKey) => FORMATS[ctx.format].sections.find((s) => s.key === key)?.heading ?? key

let lastProblems: { text: string; empty: boolean } | undefined

/** S1: 五、存在的主要问题及改进情况 is empty or just "无". */
export function checkProblemsSection(ctx: RuleContext): Warning[] {
  const text = ctx.report.text.problems ?? ''
  if (lastProblems?.text !== text) lastProblems = { text, empty: NOTHING.test(compact(text).replace(/[。.，,;；!！]/g, '')) }
  if (!lastProblems.empty) return []
  return [
    {
      rule: 'S1',
      severity: 'warning',
      cells: [],
      section: 'problems',
      fingerprint: 'S1',
      spans: text ? [{ section: 'problems', start: 0, end: text.length }] : undefined,
      message: `“${heading(ctx, 'problems')}”${text.trim() ? `只写了“${text.trim()}”` : '没有内容'}：应写明本机关存在的主要问题和改进情况，不能空缺`
    }
  ]
}

/** Paragraphs shorter than this are headings or stock phrases: equal ones are not copying. */
const MIN_PARAGRAPH = 40
const MIN_SECTION = 20

const lastYearParagraphs = new WeakMap<ReportText, Set<string>>()

function paragraphsOf(text: ReportText): Set<string> {
  let set = lastYearParagraphs.get(text)
  if (!set) {
    const all = TEXT_KEYS.flatMap((k) => (text[k] ?? '').split('\n').map(compact))
    set = new Set(all.filter((p) => p.length >= MIN_PARAGRAPH))
    lastYearParagraphs.set(text, set)
  }
  return set
}

interface Copied {
  whole: boolean
  spans: TextSpan[]
}

/** Per section text: last year's text object it was compared with, and the result. */
const copiedCache = new Map<string, { against: ReportText; result: Copied }>()

function copied(section: TextSectionKey, text: string, prev: ReportText): Copied {
  const hit = copiedCache.get(text)
  if (hit && hit.against === prev) return hit.result
  const here = compact(text)
  let result: Copied
  if (here.length >= MIN_SECTION && here === compact(prev[section] ?? '')) {
    result = { whole: true, spans: [{ section, start: 0, end: text.length }] }
  } else {
    const lastYear = paragraphsOf(prev)
    const spans: TextSpan[] = []
    let at = 0
    for (const line of text.split('\n')) {
      const c = compact(line)
      if (c.length >= MIN_PARAGRAPH && lastYear.has(c)) spans.push({ section, start: at, end: at + line.length })
      at += line.length + 1
    }
    result = { whole: false, spans }
  }
  if (copiedCache.size > 64) copiedCache.clear()
  copiedCache.set(text, { against: prev, result })
  return result
}

/** S2: a section identical to last year's, or long paragraphs taken over word for word. */
export function checkCopiedText(ctx: RuleContext): Warning[] {
  const prev = ctx.previous
  if (!prev || prev.year !== ctx.report.year - 1) return []
  const out: Warning[] = []
  for (const section of TEXT_KEYS) {
    const { whole, spans } = copied(section, ctx.report.text[section] ?? '', prev.text)
    if (spans.length === 0) continue
    out.push({
      rule: 'S2',
      severity: 'warning',
      cells: [],
      section,
      spans,
      fingerprint: `S2:${section}`,
      message: whole
        ? `“${heading(ctx, section)}”与上年报告完全相同：应根据本年度的实际情况重写（内容雷同是通报的常见问题）`
        : `“${heading(ctx, section)}”有${spans.length}段与上年报告一字不差：请确认这些内容反映的是本年度的情况`
    })
  }
  return out
}
