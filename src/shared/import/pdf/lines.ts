import type { PdfItem, PdfPage } from './types'

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

/** Joins two runs of a line: a space only between Latin words or numbers set apart. */
export function joinRuns(left: string, right: string, gap: number, size: number): string {
  if (left === '') return right
  const a = left.at(-1)!
  const b = right[0]
  const spaced = gap > 0.2 * size && !CJK.test(a) && !CJK.test(b) && a !== ' ' && b !== ' '
  return spaced ? `${left} ${right}` : left + right
}

function chunksOf(items: readonly PdfItem[], page: number): Chunk[] {
  const out: Chunk[] = []
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const last = out.at(-1)
    const text = it.text.replace(/\s+/g, ' ')
    if (last && it.x - last.x1 < CHUNK_GAP * Math.max(it.size, last.size) && it.x >= last.x0) {
      last.text = joinRuns(last.text, text.trimStart(), it.x - last.x1, it.size)
      last.x1 = Math.max(last.x1, it.x + it.width)
      last.size = Math.max(last.size, it.size)
    } else out.push({ text: text.trim(), x0: it.x, x1: it.x + it.width, y: it.y, size: it.size, page })
  }
  for (const c of out) c.text = c.text.trim()
  return out.filter((c) => c.text !== '')
}

/** A page's text as lines, top to bottom. */
export function pageLines(page: PdfPage): PdfLine[] {
  const items = [...page.items].sort((a, b) => a.y - b.y || a.x - b.x)
  const groups: PdfItem[][] = []
  for (const it of items) {
    const g = groups.at(-1)
    const ref = g?.[0]
    if (g && ref && Math.abs(it.y - ref.y) <= BASELINE_TOLERANCE * Math.min(it.size, ref.size)) g.push(it)
    else groups.push([it])
  }
  return groups.flatMap((g) => {
    const chunks = chunksOf(g, page.number)
    if (chunks.length === 0) return []
    const size = Math.max(...chunks.map((c) => c.size))
    let text = ''
    for (let i = 0; i < chunks.length; i++) text = joinRuns(text, chunks[i].text, i > 0 ? chunks[i].x0 - chunks[i - 1].x1 : 0, size)
    return [{ page: page.number, y: Math.min(...g.map((i) => i.y)), size, x0: chunks[0].x0, x1: chunks.at(-1)!.x1, chunks, text }]
  })
}
