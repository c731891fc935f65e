import { isValueText } from '../tokens'
import type { PdfItem, PdfPage, PdfRule } from './types'

// Text runs to lines (runs sharing a baseline) and, within a line, chunks: runs close enough to
// be one piece of text. Table cells on one line are separate chunks; a paragraph's line is one.

export interface Chunk {
  text: string
  x0: number
  x1: number
  /** Baseline (y downwards). */
  y: number
  size: number
  page: number
}

export interface PdfLine {
  page: number
  y: number
  size: number
  x0: number
  x1: number
  chunks: Chunk[]
  text: string
}

/** A gap wider than this share of the font size separates chunks (cells are padded wider). */
const CHUNK_GAP = 0.6
/** Baselines closer than this share of the font size are one line (cell values sit a little lower). */
const BASELINE_TOLERANCE = 0.4

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D\u2018\u2019\u2014\u2026]/

/** Spaces between Chinese characters are spacing (justification, pdf.js's guesses), not text. */
export function withoutCjkSpaces(text: string): string {
  return text.replace(new RegExp(`(?<=${CJK.source})\\s+(?=${CJK.source})`, 'g'), '')
}

/** Joins two runs of a line: a space only between Latin words or numbers set apart. */
export function joinRuns(left: string, right: string, gap: number, size: number): string {
  const l = left.trimEnd()
  const r = right.trimStart()
  if (l === '' || r === '') return l + r
  const apart = gap > 0.2 * size || l.length < left.length || r.length < right.length
  return apart && !CJK.test(l.at(-1)!) && !CJK.test(r[0]) ? `${l} ${r}` : l + r
}

/** Whether a vertical rule (a cell border) runs between two runs of a line. */
function ruleBetween(x0: number, x1: number, y: number, size: number, vertical: readonly PdfRule[]): boolean {
  const mid = y - 0.35 * size
  return vertical.some((v) => v.x0 > x0 - 0.5 && v.x0 < x1 + 0.5 && v.y0 <= mid && v.y1 >= mid)
}

function chunksOf(items: readonly PdfItem[], page: number, vertical: readonly PdfRule[]): Chunk[] {
  const out: Chunk[] = []
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const last = out.at(-1)
    const text = withoutCjkSpaces(it.text.replace(/\s+/g, ' '))
    const gap = last ? it.x - last.x1 : Infinity
    // Two numbers set apart are two cells (a border may be missing), never one larger number.
    const twoNumbers = last !== undefined && gap > 0.15 * it.size && isValueText(last.text) && isValueText(text)
    const close = last && gap < CHUNK_GAP * Math.max(it.size, last.size) && it.x >= last.x0 && !twoNumbers
    if (last && close && !ruleBetween(last.x1, it.x, it.y, it.size, vertical)) {
      last.text = joinRuns(last.text, text, it.x - last.x1, it.size)
      last.x1 = Math.max(last.x1, it.x + it.width)
      last.size = Math.max(last.size, it.size)
    } else out.push({ text: text.trim(), x0: it.x, x1: it.x + it.width, y: it.y, size: it.size, page })
  }
  for (const c of out) c.text = c.text.trim()
  return out.filter((c) => c.text !== '')
}

/**
 * Text struck through (a tracked deletion printed with its markup) is not part of the document:
 * characters under a short line at mid-height are dropped. Characters are taken as equally wide.
 */
export function withoutStruck(it: PdfItem, horizontal: readonly PdfRule[]): PdfItem {
  const lo = it.y - 0.6 * it.size
  const hi = it.y - 0.15 * it.size
  const strikes = horizontal.filter((h) => h.y0 > lo && h.y0 < hi && h.x1 > it.x && h.x0 < it.x + it.width && h.x1 - h.x0 <= it.width + 2)
  if (strikes.length === 0) return it
  const chars = [...it.text]
  const w = it.width / chars.length
  const kept = chars.map((_, k) => k).filter((k) => {
    const [a, b] = [it.x + k * w, it.x + (k + 1) * w]
    return !strikes.some((h) => Math.min(b, h.x1) - Math.max(a, h.x0) > 0.7 * w)
  })
  if (kept.length === 0) return { ...it, text: '' }
  const [first, last] = [kept[0], kept.at(-1)!]
  return { ...it, text: kept.map((k) => chars[k]).join(''), x: it.x + first * w, width: (last - first + 1) * w }
}

/** A page's text as lines, top to bottom. */
export function pageLines(page: PdfPage): PdfLine[] {
  const vertical = page.rules.filter((r) => r.x1 - r.x0 < 0.5)
  const horizontal = page.rules.filter((r) => r.y1 - r.y0 < 0.5 && r.x1 - r.x0 < 200)
  const items = page.items
    .map((it) => withoutStruck(it, horizontal))
    .filter((it) => it.text.trim() !== '')
    .sort((a, b) => a.y - b.y || a.x - b.x)
  const groups: PdfItem[][] = []
  for (const it of items) {
    const g = groups.at(-1)
    const ref = g?.[0]
    if (g && ref && Math.abs(it.y - ref.y) <= BASELINE_TOLERANCE * Math.min(it.size, ref.size)) g.push(it)
    else groups.push([it])
  }
  return groups.flatMap((g) => {
    const chunks = chunksOf(g, page.number, vertical)
    if (chunks.length === 0) return []
    const size = Math.max(...chunks.map((c) => c.size))
    let text = ''
    for (let i = 0; i < chunks.length; i++) text = joinRuns(text, chunks[i].text, i > 0 ? chunks[i].x0 - chunks[i - 1].x1 : 0, size)
    return [{ page: page.number, y: Math.min(...g.map((i) => i.y)), size, x0: chunks[0].x0, x1: chunks.at(-1)!.x1, chunks, text }]
  })
}
