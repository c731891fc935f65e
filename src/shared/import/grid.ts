import type { Token } from './tokens'
import { ImportError } from './types'

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

// Bounds so a hostile span cannot make the grid huge. A report table has about 30 rows and 15
// columns; the cap on its extent (rows × columns) is far above any real table.
const MAX_SPAN = 64
export const MAX_GRID_CELLS = 100_000

/**
 * Places cells as browsers do: each takes the first grid column not covered by a rowspan from
 * above. Coverage is kept per column (the row up to which it is taken), so a rowspan costs
 * nothing however tall it is, and a span past the table's last row is cut there.
 */
export function denseGrid(rows: readonly RawRow[], tableNo: number): Token[][] {
  const busyUntil: number[] = [] // column → first row not covered by a cell from above
  let width = 0
  return rows.map((row, r) => {
    const out: Token[] = []
    let col = Math.min(Math.max(0, row.before ?? 0), MAX_SPAN)
    for (const cell of row.cells) {
      while ((busyUntil[col] ?? 0) > r) col++
      const span = Math.min(Math.max(1, cell.colSpan || 1), MAX_SPAN)
      const rowSpan = Math.min(Math.max(1, cell.rowSpan ?? 1), rows.length - r)
      if (!cell.vMergeContinue) {
        out.push({ text: cell.text, where: `表格${tableNo} 第${r + 1}行第${col + 1}列`, row: r, col, colSpan: span })
      }
      if (rowSpan > 1) for (let dc = 0; dc < span; dc++) busyUntil[col + dc] = Math.max(busyUntil[col + dc] ?? 0, r + rowSpan)
      col += span
      width = Math.max(width, col)
      if (width * rows.length > MAX_GRID_CELLS) {
        throw new ImportError(`表格${tableNo}过大（${rows.length}行、至少${width}列，超过${MAX_GRID_CELLS / 10000}万个单元格），不是年度报告的表格，已停止读取`)
      }
    }
    return out
  })
}
