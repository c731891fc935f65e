import { toHalfWidth } from '../report/values'
import { CHINESE_NUMERAL, parseChineseNumber } from './chinese-number'
import {
  ABOUT_APPLICATIONS, CATEGORY_THEN_VERB, COMPARATIVE, MAX_GAP, NOT_A_COUNT, OTHER_SUBJECT, PERCENT_AFTER,
  PHRASES, SHORT_GAP, STILL_OPEN, SUM_CONNECTOR, type PhraseRole
} from './claim-phrases'

// Finds statements "<phrase> … N件" in a text section, for T1 to compare with the tables. Each claim
// is about one topic (a category, an applicant column, a group or outcome of 表四) or a sum of
// result categories. A clause that cannot be read with confidence yields nothing. Extraction
// depends on the text only and is cached by the text itself.

/** A topic of PHRASES, or "t4:<group>:<outcome>" for an outcome read after its group. */
export type ClaimKind = string

export interface Claim {
  /** The topics joined by "+": "partial", "granted+partial", "applicant:natural", "t4:review:upheld". */
  kind: ClaimKind
  topics: string[]
  value: number
  /** Offsets in the original text of the quoted statement (phrase … 件). */
  start: number
  end: number
  quote: string
  /** Four-digit years written in the same clause ("2019年共受理…" is about another year). */
  years: number[]
  /** The clause compares with another period or counts something else (同比, 较上年, 累计 …). */
  comparative: boolean
  /** A share stated right after the count: "占51.85%" (value 51.85, 2 decimals). */
  percent?: { value: number; decimals: number; start: number; end: number; quote: string }
}

interface Hit {
  topic: string
  role: PhraseRole
  start: number
  end: number
}

// Numerals in words count only with 件: "一起" is mostly "together".
const NUMBER = new RegExp(`(?:(\\d+)(?:件|宗|起)|(${CHINESE_NUMERAL})件)(?!左右|以上|以下|次)`, 'g')
const GENERIC_WORDS = new RegExp(PHRASES.filter((p) => p.role === 'generic').map((p) => p.re.source).join('|'), 'g')
/** Topics of 表三 that only count when the sentence is about applications. */
const NEEDS_APPLICATIONS = new Set<PhraseRole>(['generic', 'specific', 'result', 'applicant'])

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
    // A sentence is about applications when it, or the sentence before it, says 申请; parts of one
    // enumeration split by "；" keep the context ("…申请805件；予以公开258件；不予公开35件").
    let before = false
    for (const sentence of pieces(text, paragraph.start, paragraph.end, /[。；;！!？?]/)) {
      const body = text.slice(sentence.start, sentence.end)
      const here = body.includes('申请')
      const sentenceHits = hitsIn(body, sentence.start)
      const otherSubject = OTHER_SUBJECT.test(body)
      for (const clause of pieces(text, sentence.start, sentence.end, /[，,：:]/)) {
        const s = { text, original, sentenceEnd: sentence.end, hits: sentenceHits, aboutApplications: (here || before) && !otherSubject }
        readClause(s, clause.start, clause.end, out)
      }
      before = here || (before && /[；;]/.test(text[sentence.end] ?? ''))
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

/** Every phrase in a piece of text, overlapping ones resolved to the longest (then the earliest listed). */
function hitsIn(piece: string, offset: number): Hit[] {
  const all: (Hit & { rank: number })[] = []
  PHRASES.forEach(({ topic, role, re }, rank) => {
    re.lastIndex = 0
    for (const m of piece.matchAll(re)) all.push({ topic, role, start: offset + m.index, end: offset + m.index + m[0].length, rank })
  })
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank)
  const kept: Hit[] = []
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h)
  return kept.sort((a, b) => a.start - b.start)
}

interface SentenceInfo {
  text: string
  original: string
  sentenceEnd: number
  hits: Hit[]
  aboutApplications: boolean
}

function readClause(s: SentenceInfo, start: number, end: number, out: Claim[]) {
  const { text, original } = s
  const clause = text.slice(start, end)
  const years = [...clause.matchAll(/(?<!\d)(\d{4})年/g)].map((m) => Number(m[1]))
  const comparative = COMPARATIVE.test(clause)
  let from = start
  for (const m of clause.matchAll(NUMBER)) {
    const numStart = start + m.index
    const numEnd = numStart + m[0].length
    const raw = m[1] ?? m[2]
    const value = /^\d+$/.test(raw) ? Number(raw) : parseChineseNumber(raw)
    const prefixStart = from
    from = numEnd
    // A digit run that is part of a larger token ("A60件", "第3件") is not a count.
    if (value === undefined || /[A-Za-z第.]$/.test(text.slice(prefixStart, numStart))) continue
    const read = readTopic(s, prefixStart, numStart, numEnd, end)
    if (!read) continue
    if (read.needsApplications && !s.aboutApplications) continue
    const claim: Claim = {
      kind: read.topics.join('+'),
      topics: read.topics,
      value,
      start: read.quoteStart,
      end: read.quoteEnd,
      quote: original.slice(read.quoteStart, read.quoteEnd),
      years,
      comparative
    }
    const pct = PERCENT_AFTER.exec(text.slice(numEnd, s.sentenceEnd))
    if (pct) {
      const pEnd = numEnd + pct[0].length
      const pStart = pEnd - pct[0].replace(/^[）)]?[，,]?\s*[（(]?\s*/, '').length
      claim.percent = { value: Number(pct[1]), decimals: pct[1].split('.')[1]?.length ?? 0, start: pStart, end: pEnd, quote: original.slice(pStart, pEnd) }
    }
    out.push(claim)
  }
}

interface Reading {
  topics: string[]
  quoteStart: number
  quoteEnd: number
  needsApplications: boolean
}

/** What the number at numStart counts, from the phrases between `from` and it; undefined when unsure. */
function readTopic(s: SentenceInfo, from: number, numStart: number, numEnd: number, clauseEnd: number): Reading | undefined {
  const hits = s.hits.filter((h) => h.start >= from && h.end <= numStart)
  if (hits.length === 0) {
    // "其余4件正在办理": a count of applications still open, quoted to the end of the clause.
    if (!STILL_OPEN.test(s.text.slice(numEnd, clauseEnd))) return undefined
    return { topics: ['carriedForward'], quoteStart: numStart, quoteEnd: clauseEnd, needsApplications: true }
  }
  let i = hits.length - 1
  let removeGeneric = false
  if (hits[i].role === 'generic') {
    // A category named just before the verb is what is counted: "同意公开答复9件", "转下一年度办理答复的有1件".
    let j = i - 1
    while (j >= 0 && hits[j].role === 'generic') j--
    if (j >= 0) {
      const between = s.text.slice(hits[j].end, hits[i].start)
      const isCategory = hits[j].role !== 'group' && hits[j].role !== 'outcome'
      if (isCategory && CATEGORY_THEN_VERB.test(between.replace(/^一?年度?/, ''))) {
        i = j
        removeGeneric = true
      } else if (isCategory) return undefined // "对上年结转申请已答复3件": whose count? say nothing
    }
  }
  const hit = hits[i]
  let gap = s.text.slice(hit.end, numStart).replace(/\d{4}年度?/g, '')
  if (removeGeneric) gap = gap.replace(GENERIC_WORDS, '')
  if (gap.length > MAX_GAP || /\d/.test(gap) || NOT_A_COUNT.test(gap)) return undefined
  if (hit.role === 'generic' && gap.length > SHORT_GAP && !ABOUT_APPLICATIONS.test(gap)) return undefined
  let first = i
  if (hit.role === 'result') {
    // "予以公开及部分公开208件", "不予公开和无法提供共5件": one sum of the categories named.
    while (first > 0 && hits[first - 1].role === 'result' && SUM_CONNECTOR.test(s.text.slice(hits[first - 1].end, hits[first].start))) first--
  }
  let topics = hits.slice(first, i + 1).map((h) => h.topic)
  if (hit.role === 'outcome') {
    // An outcome of 表四 belongs to the last group named before it in the sentence.
    const group = s.hits.filter((h) => h.role === 'group' && h.end <= hit.start).pop()
    if (!group) return undefined
    topics = [`t4:${group.topic}:${hit.topic}`]
  }
  return { topics, quoteStart: hits[first].start, quoteEnd: numEnd, needsApplications: NEEDS_APPLICATIONS.has(hit.role) }
}
