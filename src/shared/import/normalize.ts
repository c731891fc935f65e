import { toHalfWidth } from '../report/values'
import { simplifiedForMatching } from './traditional'

// Label normalisation: the variants real documents use for the same printed label collapse here,
// so matching compares meaning rather than typography.

const QUOTES = /[“”"‘’'「」『』]/g
const TRAILING = new Set('：:。．.，,；;')

/** Canonical form of a label: half-width, no spaces or quotes, "1、" → "1.", 规范性文件 unified. */
export function normalizeLabel(raw: string): string {
  let s = simplifiedForMatching(toHalfWidth(raw)).replace(/\s+/g, '').replace(QUOTES, '')
  s = s.replace(/^(\d+)[、,，]/, '$1.')
  s = s.replace(/^([一二三四五六七八九十]+)[.．,，]/, '$1、')
  s = s.replace(/行政规范性文件/g, '规范性文件')
  // A loop, not /[…]+$/: that regex retries every run of these marks and is quadratic on long text.
  let end = s.length
  while (end > 0 && TRAILING.has(s[end - 1])) end--
  return s.slice(0, end)
}

const ORDINAL = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)/

/** The leading ordinal of a normalised label ("四、", "(三)", "2."), or '' when it has none. */
export function ordinalOf(normalized: string): string {
  return ORDINAL.exec(normalized)?.[0] ?? ''
}

/** The label without its leading ordinal ("（三）", "2.", "四、"), for documents that drop or renumber it. */
export function stripOrdinal(normalized: string): string {
  return normalized.replace(ORDINAL, '')
}

/** Edit distance with an early exit once it exceeds max (labels are short; this stays cheap). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      cur.push(v)
      if (v < rowMin) rowMin = v
    }
    if (rowMin > max) return max + 1
    prev = cur
  }
  return prev[b.length]
}
