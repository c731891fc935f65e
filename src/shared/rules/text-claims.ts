import { toHalfWidth } from '../report/values'
import { CHINESE_NUMERAL, parseChineseNumber } from './chinese-number'

// Finds statements of the form "<keyword> … N件" in a text section, for T1 to compare with the tables.
// Extraction depends on the text only and is cached by the text itself (the editor re-checks on every
// keystroke in a table while the text stays the same string).

export type ClaimKind =
  | 'received' | 'answered' | 'carriedOver' | 'carriedForward'
  | 'granted' | 'partial' | 'denied' | 'unable' | 'rejected' | 'otherResult'
  | 'review' | 'suit'

export interface Claim {
  kind: ClaimKind
  value: number
  /** Offsets in the original text of the quoted statement (keyword … 件). */
  start: number
  end: number
  quote: string
  /** Four-digit years written in the same clause ("2019年共受理…" is about another year). */
  years: number[]
  /** The clause compares with another period or counts something else (同比, 较上年, 累计 …). */
  comparative: boolean
}

/** Keyword patterns, most specific first: on equal end positions the earlier one wins. */
const KEYWORDS: { kind: ClaimKind; re: RegExp }[] = [
  { kind: 'carriedOver', re: /(?:上年度?|上一年度?|去年|\d{4}年度?)(?:度)?结转/g },
  { kind: 'carriedForward', re: /结转|顺延|转入下/g },
  { kind: 'partial', re: /部分公开/g },
  { kind: 'denied', re: /不予公开/g },
  { kind: 'granted', re: /予以公开|同意公开|全部公开/g },
  { kind: 'unable', re: /无法提供/g },
  { kind: 'rejected', re: /不予处理/g },
  { kind: 'otherResult', re: /其他处理/g },
  { kind: 'review', re: /行政复议/g },
  { kind: 'suit', re: /行政诉讼|提起诉讼|起诉/g },
  { kind: 'answered', re: /办结|答复|回复|办理完毕|处理完毕|完成办理/g },
  { kind: 'received', re: /收到|受理|接收|新收|收悉|共收/g }
]

const APPLICATION_KINDS = new Set<ClaimKind>([
  'received', 'answered', 'carriedOver', 'carriedForward', 'granted', 'partial', 'denied', 'unable', 'rejected', 'otherResult'
])

const NUMBER = new RegExp(`(\\d+|${CHINESE_NUMERAL})(?:件|宗|起)(?!左右|以上|以下|次)`, 'g')
/** Words in the gap between keyword and number that make the number something other than a total. */
const NOT_A_TOTAL =
  /各|分别|约|近|超|逾|自然人|法人|企业|组织|机构|个人|维持|纠正|其他结果|审结|其中|占|人次|同比|建议|提案|信访|咨询|留言|来信|来电|热线|投诉|举报|事项|问题/
const COMPARATIVE = /同比|环比|较|相比|比上年|去年|上年(?!度?结转)|上一年(?!度?结转)|增长|下降|减少|增加|累计|历年|以来/
const STILL_OPEN = /^(?:申请)?(?:正在|仍在|尚在|还在|在|需|将)[^，。；]{0,8}(?:办理|处理|答复)|^(?:申请)?(?:结转|顺延|转入)/
const MAX_GAP = 15
/** Counting kinds whose keyword is generic (收到, 办结…): the words between must be about applications. */
const GENERIC_KINDS = new Set<ClaimKind>(['received', 'answered', 'carriedOver', 'carriedForward'])
const ABOUT_APPLICATIONS = /申请|公开|信息|年度|继续办理/
const SHORT_GAP = 3 // "共", "了", "的" …

const cache = new Map<string, Claim[]>()

export function claimsOf(text: string): Claim[] {
  let claims = cache.get(text)
  if (!claims) {
    claims = extract(text)
    if (cache.size > 64) cache.clear() // a handful of texts are alive at once; keep memory bounded
    cache.set(text, claims)
  }
  return claims
}

function extract(original: string): Claim[] {
  // Full-width digits to ASCII; one character for one, so offsets stay valid.
  const text = toHalfWidth(original)
  const out: Claim[] = []
  for (const paragraph of pieces(text, 0, text.length, /\n/)) {
    // A sentence is about applications when it, or the sentence before it, says 申请.
    let before = false
    for (const sentence of pieces(text, paragraph.start, paragraph.end, /[。；;！!？?]/)) {
      const here = text.slice(sentence.start, sentence.end).includes('申请')
      for (const clause of pieces(text, sentence.start, sentence.end, /[，,：:]/)) {
        readClause(text, original, clause.start, clause.end, here || before, out)
      }
      before = here
    }
  }
  return out
}

function pieces(text: string, from: number, to: number, sep: RegExp) {
  const out: { start: number; end: number }[] = []
  let start = from
  for (let i = from; i <= to; i++) {
    if (i === to || sep.test(text[i])) {
      if (i > start) out.push({ start, end: i })
      start = i + 1
    }
  }
  return out
}

function readClause(text: string, original: string, start: number, end: number, aboutApplications: boolean, out: Claim[]) {
  const clause = text.slice(start, end)
  const years = [...clause.matchAll(/(?<!\d)(\d{4})年/g)].map((m) => Number(m[1]))
  const comparative = COMPARATIVE.test(clause)
  let prefixStart = 0
  for (const m of clause.matchAll(NUMBER)) {
    const numStart = m.index
    const numEnd = numStart + m[0].length
    const raw = m[1]
    const value = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw)
    const prefixOffset = prefixStart
    const prefix = clause.slice(prefixOffset, numStart)
    prefixStart = numEnd
    // A digit run that is part of a larger token ("A60件", "第3件") is not a count.
    if (value === undefined || /[A-Za-z第.]$/.test(prefix)) continue
    const hit = lastKeyword(prefix)
    let kind: ClaimKind | undefined
    let quoteStart = numStart
    if (hit) {
      const gapText = prefix.slice(hit.end).replace(/\d{4}年度?/g, '')
      const plausible =
        gapText.length <= MAX_GAP &&
        !/\d/.test(gapText) &&
        !NOT_A_TOTAL.test(gapText) &&
        (!GENERIC_KINDS.has(hit.kind) || gapText.length <= SHORT_GAP || ABOUT_APPLICATIONS.test(gapText))
      if (plausible) {
        kind = hit.kind
        quoteStart = prefixOffset + hit.start
      }
    } else if (STILL_OPEN.test(clause.slice(numEnd))) {
      kind = 'carriedForward'
    }
    if (!kind) continue
    if (APPLICATION_KINDS.has(kind) && !aboutApplications) continue
    const quoteEnd = kind === 'carriedForward' && !hit ? end - start : numEnd
    out.push({
      kind,
      value,
      start: start + quoteStart,
      end: start + quoteEnd,
      quote: original.slice(start + quoteStart, start + quoteEnd),
      years,
      comparative
    })
  }
}

function lastKeyword(prefix: string): { kind: ClaimKind; start: number; end: number } | undefined {
  let best: { kind: ClaimKind; start: number; end: number } | undefined
  for (const { kind, re } of KEYWORDS) {
    re.lastIndex = 0
    for (const m of prefix.matchAll(re)) {
      const end = m.index + m[0].length
      if (!best || end > best.end) best = { kind, start: m.index, end }
    }
  }
  return best
}
