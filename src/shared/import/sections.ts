import { FORMATS } from '../form/formats'
import type { SectionKey, TextSectionKey } from '../form/types'
import { isReportYear, type ReportText } from '../report/types'
import { toHalfWidth } from '../report/values'
import { normalizedScore } from './match'
import { normalizeLabel, ordinalOf } from './normalize'
import { simplifiedForMatching } from './traditional'

// Finding the six section headings (一、…六、) in the document's paragraphs, in order, and the title.

export interface Line {
  text: string
  where: string
}

export type HeadingIndex = Partial<Record<SectionKey, number>>

/** Words a section's heading keeps however an office rewords it ("五、存在的主要问题和改进措施"). */
const KEYWORDS: Record<SectionKey, RegExp> = {
  overview: /总体情况|概述|总体/,
  t2: /主动公开/,
  t3: /申请/,
  t4: /复议|诉讼/,
  problems: /问题|改进/,
  other: /其他|需要报告/
}

function isHeading(text: string, s: string, key: SectionKey, heading: string): boolean {
  if (text.length > heading.length * 3 + 20) return false // a paragraph, not a heading
  const h = normalizeLabel(heading)
  if (s === '' || s.length > h.length + 12) return false
  const ordinal = ordinalOf(s)
  // "（一）主动公开政府信息情况" inside section 一 is a sub-heading, not section 二.
  if (ordinal !== '' && ordinal !== ordinalOf(h)) return false
  if (s.startsWith(h) || normalizedScore(s, heading) > 0) return true
  return ordinal !== '' && KEYWORDS[key].test(s)
}

/** Line index of each section heading, searched in order so body text cannot be taken for one. */
export function findHeadings(lines: readonly Line[]): HeadingIndex {
  const out: HeadingIndex = {}
  let from = 0
  const normalized: string[] = []
  const norm = (i: number) => (normalized[i] ??= lines[i].text.length > 200 ? '' : normalizeLabel(lines[i].text))
  for (const section of FORMATS['2021'].sections) {
    const i = lines.findIndex((l, idx) => idx >= from && isHeading(l.text, norm(idx), section.key, section.heading))
    if (i >= 0) {
      out[section.key] = i
      from = i + 1
    }
  }
  return out
}

/** [start, end) of the lines under a heading: up to the next heading found. */
export function sectionRange(headings: HeadingIndex, key: SectionKey, total: number): [number, number] | undefined {
  const start = headings[key]
  if (start === undefined) return undefined
  const later = Object.values(headings).filter((i): i is number => i !== undefined && i > start)
  return [start + 1, later.length > 0 ? Math.min(...later) : total]
}

/**
 * An excerpt that starts inside a section (a flip-book page, a page copied from its middle) has
 * that section's rows before the first heading found: [0, that heading) when the first heading
 * found is the one right after `key` in the form and `key`'s own heading is not there.
 */
export function leadingRange(headings: HeadingIndex, key: SectionKey): [number, number] | undefined {
  if (headings[key] !== undefined) return undefined
  const order = FORMATS['2021'].sections.map((s) => s.key)
  const found = order.filter((k) => headings[k] !== undefined)
  if (found.length === 0) return undefined
  const first = found.reduce((a, b) => (headings[b]! < headings[a]! ? b : a))
  return order.indexOf(first) === order.indexOf(key) + 1 && headings[first]! > 0 ? [0, headings[first]!] : undefined
}

const TEXT_KEYS: readonly TextSectionKey[] = ['overview', 'problems', 'other']

/** The free-text sections: their lines joined, surrounding blank lines dropped. */
export function textSections(lines: readonly Line[], headings: HeadingIndex, agency = ''): ReportText {
  const text: ReportText = { overview: '', problems: '', other: '' }
  for (const key of TEXT_KEYS) {
    const range = sectionRange(headings, key, lines.length)
    if (!range) continue
    const body: string[] = []
    for (let i = range[0]; i < range[1]; i++) body.push(lines[i].text.trimEnd())
    text[key] = (key === 'other' ? withoutTrailer(body, agency) : body).join('\n').trim()
  }
  return text
}

const SITE_FOOTER = /版权所有|ICP备|网站标识码|主办单位|打印本页|关闭窗口|【字体/
const DATE_LINE = /^\s*(?:\d{4}|[〇零一二三四五六七八九○]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$/

/** The last section without what follows the report: the sign-off (agency, date) and a web page's footer. */
function withoutTrailer(lines: string[], agency: string): string[] {
  let end = lines.findIndex((l) => SITE_FOOTER.test(l))
  if (end < 0) end = lines.length
  const norm = (l: string) => toHalfWidth(l).replace(/\s+/g, '')
  while (end > 0) {
    const l = norm(lines[end - 1])
    if (l === '' || DATE_LINE.test(l) || (agency !== '' && l === norm(agency))) end--
    else break
  }
  return lines.slice(0, end)
}

const TITLE = /^(.*?)[（(]?(\d{4})\s*年度?[）)]?\s*(?:政府)?信息公开(?:工作)?年度?报告/
// "2021年度某某局政府信息公开工作年度报告": the year before the agency.
const TITLE_YEAR_FIRST = /^[（(]?(\d{4})\s*年度?[）)]?(?![度）)])(.+?)政府信息公开(?:工作)?年度?报告/

const TITLE_NO_YEAR = /^(.+?)(?:\d{4}年度?)?政府信息公开(?:工作)?年度?报告$/

const CN_DIGITS = '〇一二三四五六七八九'

/** "二〇二一年" → "2021年" (titles sometimes spell the year in Chinese numerals). */
function chineseYears(s: string): string {
  return s.replace(/[〇零○一二三四五六七八九]{4}(?=年)/g, (y) =>
    [...y].map((ch) => String(Math.max(0, CN_DIGITS.indexOf(ch === '零' || ch === '○' ? '〇' : ch)))).join('')
  )
}

/**
 * Agency and year from the title ("<机关><年>年（度）政府信息公开工作年度报告", on one or two lines).
 * A web page may list other years' reports before the body, so the title is the last title-like
 * line before section 一: short, with no sentence punctuation (the intro may name the report too).
 */
export function readTitle(lines: readonly Line[], before: number): { agency?: string; year?: number; where?: string; line?: number } {
  // `line`: the index in `lines` of the title's (last) line, where the 前言 may start after it.
  const head = lines
    .slice(0, Math.max(0, before))
    .map((l, line) => ({ ...l, line }))
    .filter((l) => l.text.trim() !== '')
  // Matched in Simplified form; the agency is taken from the same place in the text as written.
  const written = (l: Line) => chineseYears(toHalfWidth(l.text).replace(/\s+/g, ''))
  const compact = (l: Line) => simplifiedForMatching(written(l))
  const asWritten = (matched: string, original: string, piece: string) => {
    const at = matched.indexOf(piece)
    return at < 0 ? piece : original.slice(at, at + piece.length)
  }
  for (let i = head.length - 1; i >= 0; i--) {
    if (compact(head[i]).length > 60 || /[。，；,;]/.test(compact(head[i]))) continue
    // A title broken over two or three lines ("某某局2021年" / "政府信息公开工作年度报告") is read joined.
    let s = ''
    let o = ''
    let m: string[] | null = null
    for (let k = i; k >= Math.max(0, i - 2) && !m; k--) {
      const part = compact(head[k])
      if (k < i && (part.length > 40 || /[。，；,;：:]/.test(part) || TITLE.test(part))) break
      s = part + s
      o = written(head[k]) + o
      const first = TITLE_YEAR_FIRST.exec(s)
      m = first ? [first[0], first[2], first[1]] : TITLE.exec(s)
      if (m && m[1] === '' && k > Math.max(0, i - 2)) m = null // an agency may be on the line above
    }
    if (!m) {
      s = compact(head[i])
      o = written(head[i])
      const first = TITLE_YEAR_FIRST.exec(s)
      m = first ? [first[0], first[2], first[1]] : TITLE.exec(s)
    }
    if (!m) continue
    const year = Number(m[2])
    if (!isReportYear(year)) continue
    let agency = asWritten(s, o, m[1]).replace(/(?:关于|的)$/, '')
    if (agency === '' && i > 0) {
      const prev = compact(head[i - 1])
      if (prev.length <= 40 && !/[。，,：:]/.test(prev) && !TITLE.test(prev)) agency = written(head[i - 1])
    }
    return { agency, year, where: head[i].where, line: head[i].line }
  }
  // A title that names no year still names the agency ("某某局政府信息公开工作年度报告").
  for (let i = head.length - 1; i >= 0; i--) {
    const s = compact(head[i])
    const m = s.length <= 60 && !/[。，；,;]/.test(s) ? TITLE_NO_YEAR.exec(s) : null
    if (m && m[1].length >= 2) return { agency: asWritten(s, written(head[i]), m[1]).replace(/(?:关于|的)$/, ''), where: head[i].where, line: head[i].line }
  }
  return {}
}
