import type { Token } from './tokens'

// A table's rows as written (cells with spans) to a dense grid of positioned tokens. Merged
// cells appear once, at their top-left position, with the number of grid columns they cover.

export interface RawCell {
  text: string
  colSpan: number
  /** HTML rowspan; Word marks the covered cells instead (vMergeContinue). */
  rowSpan?: number
  /** Word: a cell covered by the merged cell above (w:vMerge without restart). */
  vMergeContinue?: boolean
}

export interface RawRow {
  cells: RawCell[]
  /** Grid columns skipped before the first cell (w:gridBefore). */
  before?: number
}

// Bounds so a hostile span cannot make the grid huge.
const MAX_SPAN = 64
const MAX_ROW_SPAN = 500

export function denseGrid(rows: readonly RawRow[], tableNo: number): Token[][] {
  const occupied = new Map<number, Set<number>>()
  const isTaken = (r: number, c: number) => occupied.get(r)?.has(c) ?? false
  const take = (r: number, c: number) => {
    let s = occupied.get(r)
    if (!s) occupied.set(r, (s = new Set()))
    s.add(c)
  }
  return rows.map((row, r) => {
    const out: Token[] = []
    let col = Math.min(Math.max(0, row.before ?? 0), MAX_SPAN)
    for (const cell of row.cells) {
      while (isTaken(r, col)) col++
      const span = Math.min(Math.max(1, cell.colSpan || 1), MAX_SPAN)
      const rowSpan = Math.min(Math.max(1, cell.rowSpan ?? 1), MAX_ROW_SPAN)
      if (!cell.vMergeContinue) {
        out.push({ text: cell.text, where: `表格${tableNo} 第${r + 1}行第${col + 1}列`, row: r, col, colSpan: span })
      }
      for (let dr = 1; dr < rowSpan; dr++) for (let dc = 0; dc < span; dc++) take(r + dr, col + dc)
      col += span
    }
    return out
  })
}
