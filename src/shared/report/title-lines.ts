// Breaks the title into lines as GB/T 9704 asks: only between words, lines of similar length (a
// trapezoid or diamond), never a line of one or two characters. The preferred break is between the
// agency and "<年>年政府信息公开工作年度报告"; a long agency name is itself broken after one of its
// administrative units (省, 市, 区, 局, 委员会 …), never inside a word such as 市场.

/** Words of the fixed part of the title, each unbreakable. */
const SUFFIX_WORDS = ['政府信息公开', '工作', '年度报告']

/** Ends of administrative units after which an agency name may break, longest first. */
const UNIT_ENDS = ['人民政府', '管理委员会', '委员会', '办公室', '办事处', '自治区', '自治州', '自治县', '街道', '政府', '省', '市', '州', '盟', '县', '旗', '区', '镇', '乡', '局', '厅', '委', '办', '处', '署', '所', '院', '中心', '分局']

/** Characters that, after a unit end, show it is the start of a longer word (市场, 区域, 局长 …). */
const WORD_GOES_ON = /^(场|域|划|长|委|属|级|直|情|管|政府|办事|办公|建设|规划)/
/** Compounds whose last character is also a unit end (城乡, 城镇, 乡镇). */
const WORD_BEFORE = /(城乡|城镇|乡镇)$/

/** A title line of CJK characters at the title size: width in characters, digits count half. */
export function lineWidth(s: string): number {
  let w = 0
  for (const ch of s) w += /[\x20-\x7e]/.test(ch) ? 0.5 : 1
  return w
}

/** Splits an agency name into words that may not be broken. */
export function agencyWords(agency: string): string[] {
  const words: string[] = []
  let start = 0
  let i = 0
  while (i < agency.length) {
    const end = UNIT_ENDS.find((u) => agency.startsWith(u, i))
    if (!end) {
      i++
      continue
    }
    const after = i + end.length
    // A unit end that starts a longer word, or ends a compound such as 城乡, is no break.
    if (after < agency.length && !WORD_GOES_ON.test(agency.slice(after)) && !WORD_BEFORE.test(agency.slice(0, after))) {
      words.push(agency.slice(start, after))
      start = after
    }
    i = after
  }
  if (start < agency.length) words.push(agency.slice(start))
  // A word of one or two characters (西乡|塘区) is most likely part of a place name: join it to the next.
  const joined: string[] = []
  for (const w of words) {
    const last = joined[joined.length - 1]
    if (last !== undefined && (last.length <= 2 || w.length <= 2)) joined[joined.length - 1] = last + w
    else joined.push(w)
  }
  return joined
}

export interface TitleBreakInput {
  agency: string
  year: number
  /** How many title characters fit on a line of the text block. */
  maxChars: number
  /** Breaks the user typed ("|" or a new line between words), used as they are. */
  manual?: string
}

const MIN_LINE = 3
/** Cost of not breaking between agency and year, in squared characters of imbalance. */
const OFF_PREFERRED = 12

/** Every way of cutting n words into k non-empty runs: the indices where lines start. */
function* cuts(n: number, k: number, from = 1): Generator<number[]> {
  if (k === 1) {
    yield []
    return
  }
  for (let i = from; i <= n - (k - 1); i++) for (const rest of cuts(n, k - 1, i + 1)) yield [i, ...rest]
}

export function titleLines(input: TitleBreakInput): string[] {
  const agency = input.agency.trim()
  const manual = input.manual?.split(/[|｜\n]/).map((s) => s.trim()).filter((s) => s !== '')
  if (manual && manual.length > 0) return manual
  const yearWord = `${input.year}年`
  const full = `${agency}${yearWord}${SUFFIX_WORDS.join('')}`
  if (lineWidth(full) <= input.maxChars) return [full]
  const words = [...agencyWords(agency), yearWord, ...SUFFIX_WORDS]
  const preferred = words.length - SUFFIX_WORDS.length - 1 // index of the year word
  let best: { lines: string[]; cost: number } | undefined
  for (let k = 2; k <= Math.min(words.length, 5); k++) {
    for (const starts of cuts(words.length, k)) {
      const bounds = [0, ...starts, words.length]
      const lines = bounds.slice(0, -1).map((b, i) => words.slice(b, bounds[i + 1]).join(''))
      const widths = lines.map(lineWidth)
      if (widths.some((w) => w > input.maxChars) || lines.some((l) => l.length < MIN_LINE)) continue
      const mean = widths.reduce((a, b) => a + b, 0) / k
      let cost = widths.reduce((s, w) => s + (w - mean) ** 2, 0) + (starts.includes(preferred) ? 0 : OFF_PREFERRED)
      // An inverted trapezoid (first line much longer than the last) reads worse than the upright one.
      if (widths[0] > widths[k - 1] + 2) cost += 4
      if (!best || cost < best.cost) best = { lines, cost }
    }
    if (best) break // fewer lines first
  }
  // No way fits (an agency word wider than a line): break where it fits rather than overflow.
  return best?.lines ?? hardBreak(full, input.maxChars)
}

function hardBreak(text: string, max: number): string[] {
  const out: string[] = []
  for (let i = 0; i < text.length; i += max) out.push(text.slice(i, i + max))
  return out
}

/** How many title characters fit on a line of the text block (both widths in the same unit). */
export function titleMaxChars(textWidthPt: number, titleSizePt: number): number {
  return Math.floor(textWidthPt / titleSizePt + 0.01)
}
