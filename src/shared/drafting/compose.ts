import { layoutOf } from '../form'
import type { LayoutId } from '../form'
import type { ReportContent } from '../report/types'
import { usableNumber } from '../rules/context'

// The pieces every drafting family builds sentences from: figures read from the tables (each knows
// its cells), and fragments of text that keep track of where their figures stand.

/** A number taken from the tables: the sum of `cells`, or that sum as a share of `base`. */
export interface Figure {
  cells: string[]
  base?: string[]
  decimals?: number
  value: number
  /** The figure as written in the sentence ("60", "33.9", "1.5"). */
  text: string
}

export interface PlacedFigure extends Figure {
  start: number
  end: number
}

/** Text with the figures it holds, at offsets into `text`. */
export interface Fragment {
  text: string
  figures: PlacedFigure[]
  /** Cells the text says, in words, are 0 ("未收到…", "未发生…"): it no longer holds once one is not. */
  zeros?: string[]
}

type Part = string | number | Figure | Fragment | false | null | undefined

const isFigure = (p: Part): p is Figure => typeof p === 'object' && p !== null && 'cells' in p
const isFragment = (p: Part): p is Fragment => typeof p === 'object' && p !== null && 'figures' in p

/** Joins strings, figures and fragments; false/null/undefined parts are left out. */
export function frag(...parts: Part[]): Fragment {
  let text = ''
  const figures: PlacedFigure[] = []
  const zeros: string[] = []
  for (const p of parts) {
    if (p === false || p === null || p === undefined) continue
    if (isFigure(p)) {
      figures.push({ ...p, start: text.length, end: text.length + p.text.length })
      text += p.text
    } else if (isFragment(p)) {
      for (const f of p.figures) figures.push({ ...f, start: f.start + text.length, end: f.end + text.length })
      zeros.push(...(p.zeros ?? []))
      text += p.text
    } else text += String(p)
  }
  return zeros.length > 0 ? { text, figures, zeros } : { text, figures }
}

/** Words saying these cells are 0: "未收到政府信息公开申请". */
export function none(text: string, cells: readonly string[]): Fragment {
  return { text, figures: [], zeros: [...cells] }
}

/** Fragments in a row with a separator: "A、B和C" when `last` is given. */
export function list(items: readonly Fragment[], sep = '、', last = sep): Fragment {
  const parts: Part[] = []
  items.forEach((item, i) => {
    if (i > 0) parts.push(i === items.length - 1 ? last : sep)
    parts.push(item)
  })
  return frag(...parts)
}

/** Plain words joined the way Chinese lists are: "甲、乙和丙". */
export function words(items: readonly string[], last = '和'): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join('、')}${last}${items[items.length - 1]}`
}

/** Reading the tables of one report for drafting: only usable numbers; anything else is unknown. */
export interface Tables {
  layout: LayoutId
  year: number
  /** The cell as a usable number, undefined for blank, "/", text or a value C6 rejects. */
  num(key: string): number | undefined
  /** True when the cell is marked not applicable. */
  notApplicable(key: string): boolean
  /** The sum of the cells as a figure, or undefined when any of them is unknown. */
  count(cells: readonly string[]): Figure | undefined
  /** The share of `cells` in `base` (percent, one decimal), undefined when unknown or the base is 0. */
  share(cells: readonly string[], base: readonly string[]): Figure | undefined
}

export function tablesOf(report: ReportContent): Tables {
  const layout = layoutOf(report.format, report.cells)
  const num = (key: string) => usableNumber(layout, key, report.cells[key])
  const sum = (cells: readonly string[]) => {
    let total = 0
    for (const c of cells) {
      const n = num(c)
      if (n === undefined) return undefined
      total += n
    }
    return roundAmount(total)
  }
  return {
    layout,
    year: report.year,
    num,
    notApplicable: (key) => report.cells[key] === '/',
    count: (cells) => {
      const value = sum(cells)
      return value === undefined ? undefined : { cells: [...cells], value, text: String(value) }
    },
    share: (cells, base) => {
      const n = sum(cells)
      const b = sum(base)
      if (n === undefined || b === undefined || b <= 0) return undefined
      const { value, text, decimals } = percent(n, b)
      return { cells: [...cells], base: [...base], decimals, value, text }
    }
  }
}

/** Sums of 万元 amounts without floating-point dust (0.1 + 0.2 is written 0.3). */
export function roundAmount(n: number): number {
  return Math.round(n * 1e6) / 1e6
}

/** A share as offices write it: one decimal, none when it is whole ("62.5", "50"). */
export function percent(n: number, base: number, decimals?: number): { value: number; text: string; decimals: number } {
  const exact = (100 * n) / base
  const d = decimals ?? (Number(exact.toFixed(1)) % 1 === 0 ? 0 : 1)
  const text = exact.toFixed(d)
  return { value: Number(text), text, decimals: d }
}

/** How an office names itself in its own report: 我局, 我委, 我办 …; 本机关 when the name says nothing. */
export function selfName(agency: string): string {
  const name = agency.trim()
  const endings: [RegExp, string][] = [
    [/街道办事处$|街道$/, '我街道'],
    [/人民政府办公室$|政府办公室$|办公室$|办公厅$/, '我办'],
    [/委员会$|委$/, '我委'],
    [/局$/, '我局'],
    [/厅$/, '我厅'],
    [/镇人民政府$|镇政府$|镇$/, '我镇'],
    [/乡人民政府$|乡政府$|乡$/, '我乡'],
    [/(?:区|县|市)人民政府$/, '本机关'],
    [/院$/, '我院'],
    [/中心$/, '我中心'],
    [/办$/, '我办']
  ]
  for (const [re, self] of endings) if (re.test(name)) return self
  return '本机关'
}

/** A row label of the form without its numbering: "1.属于国家秘密" → "属于国家秘密". */
export function bareLabel(label: string): string {
  return label.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])/, '').replace(/（[^）]*）$/, '')
}
