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
    horizontal: rules.filter((r) => r.y1 - r.y0 < 0.5),
    vertical: rules.filter((r) => r.x1 - r.x0 < 0.5)
  }
}

/** A cell is smaller than this many points across; a larger "box" is rules far apart, not a cell. */
const MAX_CELL_WIDTH = 520
const MAX_CELL_HEIGHT = 600

/** The cell around a chunk of text, when rules close it on all four sides. */
export function boxAround(c: Chunk, rules: PageRules): Box | undefined {
  const mid = c.y - 0.35 * c.size
  const cx = (c.x0 + c.x1) / 2
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
    if (h.x0 > cx || h.x1 < cx) continue
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
