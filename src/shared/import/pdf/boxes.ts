import type { Chunk } from './lines'
import type { PdfRule } from './types'

// A table cell's borders from the page's ruling lines: the nearest rule on each side of a piece
// of text. With them, wrapped lines, merged cells and blank cells are known exactly.

export interface Box {
  x0: number
  x1: number
  y0: number
  y1: number
}

export interface PageRules {
  horizontal: PdfRule[]
  vertical: PdfRule[]
}

export function splitRules(rules: readonly PdfRule[]): PageRules {
  return {
    horizontal: joined(rules.filter((r) => r.y1 - r.y0 < 0.5), 'y0', 'x0', 'x1'),
    vertical: joined(rules.filter((r) => r.x1 - r.x0 < 0.5), 'x0', 'y0', 'y1')
  }
}

/** Collinear segments that touch become one line (borders are often drawn cell by cell). */
function joined(rules: readonly PdfRule[], at: 'x0' | 'y0', from: 'x0' | 'y0', to: 'x1' | 'y1'): PdfRule[] {
  const byPosition = [...rules].sort((a, b) => a[at] - b[at])
  const groups: PdfRule[][] = []
  for (const r of byPosition) {
    const g = groups.at(-1)
    if (g && Math.abs(g[0][at] - r[at]) < 0.5) g.push(r)
    else groups.push([r])
  }
  const out: PdfRule[] = []
  for (const g of groups) {
    let last: PdfRule | undefined
    for (const r of g.sort((a, b) => a[from] - b[from])) {
      if (last && r[from] <= last[to] + 1) last[to] = Math.max(last[to], r[to])
      else out.push((last = { ...r }))
    }
  }
  return out
}

/** A cell is smaller than this many points across; a larger "box" is rules far apart, not a cell. */
const MAX_CELL_WIDTH = 520
const MAX_CELL_HEIGHT = 600

/** The cell around a chunk of text, when rules close it on all four sides. */
export function boxAround(c: Chunk, rules: PageRules): Box | undefined {
  const mid = c.y - 0.35 * c.size
  const slack = 0.5
  let x0 = -Infinity
  let x1 = Infinity
  for (const v of rules.vertical) {
    if (v.y0 > mid || v.y1 < mid) continue
    if (v.x0 <= c.x0 + slack && v.x0 > x0) x0 = v.x0
    if (v.x0 >= c.x1 - slack && v.x0 < x1) x1 = v.x0
  }
  let y0 = -Infinity
  let y1 = Infinity
  for (const h of rules.horizontal) {
    // A border runs under the whole text and beyond; an underline or strike-out does not.
    if (h.x0 > c.x0 + slack || h.x1 < c.x1 - slack || h.x1 - h.x0 < c.x1 - c.x0 + 1) continue
    if (h.y0 < mid && h.y0 > y0) y0 = h.y0
    if (h.y0 > mid && h.y0 < y1) y1 = h.y0
  }
  if (![x0, x1, y0, y1].every(Number.isFinite)) return undefined
  if (x1 - x0 > MAX_CELL_WIDTH || y1 - y0 > MAX_CELL_HEIGHT) return undefined
  // Text must lie inside: a chunk crossing a rule is not in a ruled cell.
  if (c.x0 < x0 - 2 || c.x1 > x1 + 2 || c.y - c.size < y0 - 2) return undefined
  return { x0, x1, y0, y1 }
}

export function sameBox(a: Box | undefined, b: Box | undefined): boolean {
  if (!a || !b) return false
  return Math.abs(a.x0 - b.x0) < 1 && Math.abs(a.x1 - b.x1) < 1 && Math.abs(a.y0 - b.y0) < 1 && Math.abs(a.y1 - b.y1) < 1
}
