import { FORMATS } from '../form'
import { TEXT_KEYS } from '../report/exchange'
import type { RuleContext } from './context'
import type { TextSpan, Warning } from './types'

// S1 (section 五 left empty) and S2 (text copied unchanged from last year's report).

const NOTHING = /^(?:无|暂无|没有|无问题|不存在问题|略)?$/

const compact = (s: string) => s.replace(/[\s\u3000]+/g, '')

/** S1: 五、存在的主要问题及改进情况 is empty or just "无". */
export function checkProblemsSection(ctx: RuleContext): Warning[] {
  const text = ctx.report.text.problems ?? ''
  if (!NOTHING.test(compact(text).replace(/[。.，,;；!！]/g, ''))) return []
  const heading = FORMATS[ctx.format].sections.find((s) => s.key === 'problems')?.heading ?? ''
  return [
    {
      rule: 'S1',
      severity: 'warning',
      cells: [],
      section: 'problems',
      fingerprint: 'S1',
      spans: text ? [{ section: 'problems', start: 0, end: text.length }] : undefined,
      message: `“${heading}”${text.trim() ? `只写了“${text.trim()}”` : '没有内容'}：应写明本机关存在的主要问题和改进情况，不能空缺`
    }
  ]
}

/** Paragraphs shorter than this are headings or stock phrases: equal ones are not copying. */
const MIN_PARAGRAPH = 40
const MIN_SECTION = 20

const paragraphCache = new Map<string, Set<string>>()

function paragraphsOf(texts: readonly string[]): Set<string> {
  const id = texts.join('\u0000')
  let set = paragraphCache.get(id)
  if (!set) {
    set = new Set(texts.flatMap((t) => t.split('\n').map(compact)).filter((p) => p.length >= MIN_PARAGRAPH))
    if (paragraphCache.size > 16) paragraphCache.clear()
    paragraphCache.set(id, set)
  }
  return set
}

/** S2: a section identical to last year's, or long paragraphs taken over word for word. */
export function checkCopiedText(ctx: RuleContext): Warning[] {
  const prev = ctx.previous
  if (!prev || prev.year !== ctx.report.year - 1) return []
  const lastYear = paragraphsOf(TEXT_KEYS.map((k) => prev.text[k] ?? ''))
  const out: Warning[] = []
  for (const section of TEXT_KEYS) {
    const text = ctx.report.text[section] ?? ''
    const heading = FORMATS[ctx.format].sections.find((s) => s.key === section)?.heading ?? section
    const here = compact(text)
    if (here.length >= MIN_SECTION && here === compact(prev.text[section] ?? '')) {
      out.push({
        rule: 'S2',
        severity: 'warning',
        cells: [],
        section,
        spans: [{ section, start: 0, end: text.length }],
        fingerprint: `S2:${section}`,
        message: `“${heading}”与上年报告完全相同：应根据本年度的实际情况重写（内容雷同是通报的常见问题）`
      })
      continue
    }
    const spans: TextSpan[] = []
    let at = 0
    for (const line of text.split('\n')) {
      if (lastYear.has(compact(line)) && compact(line).length >= MIN_PARAGRAPH) spans.push({ section, start: at, end: at + line.length })
      at += line.length + 1
    }
    if (spans.length === 0) continue
    out.push({
      rule: 'S2',
      severity: 'warning',
      cells: [],
      section,
      spans,
      fingerprint: `S2:${section}`,
      message: `“${heading}”有${spans.length}段与上年报告一字不差：请确认这些内容反映的是本年度的情况`
    })
  }
  return out
}
