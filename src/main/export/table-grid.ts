import type { LayoutCell, TableLayout } from '../../shared/form/layout'

// Turns a table layout (cells with row and column spans) into the rows Word needs: a vertically
// merged cell is written once as "restart" and then as an empty "continue" cell in each row it
// covers. A span of 1 is never written as a merge (Word misdraws it).

export type VerticalMerge = 'none' | 'restart' | 'continue'

export interface PlacedCell {
  /** The layout cell this is (for a "continue" cell: the merged cell above). */
  cell: LayoutCell
  col: number
  colSpan: number
  merge: VerticalMerge
  /** Width in twips: the sum of the grid columns it spans. */
  width: number
}

export function placeCells(layout: TableLayout, widths: readonly number[]): PlacedCell[][] {
  const widthOf = (col: number, span: number) => widths.slice(col, col + span).reduce((a, b) => a + b, 0)
  // Merges still open, by starting column: the cell and the rows it still covers below.
  const open = new Map<number, { cell: LayoutCell; rowsLeft: number }>()
  return layout.rows.map((row) => {
    const placed: PlacedCell[] = []
    for (const [col, m] of open) {
      placed.push({ cell: m.cell, col, colSpan: m.cell.colSpan, merge: 'continue', width: widthOf(col, m.cell.colSpan) })
      if (--m.rowsLeft === 0) open.delete(col)
    }
    for (const cell of row.cells) {
      const merged = cell.rowSpan > 1
      placed.push({ cell, col: cell.col, colSpan: cell.colSpan, merge: merged ? 'restart' : 'none', width: widthOf(cell.col, cell.colSpan) })
      if (merged) open.set(cell.col, { cell, rowsLeft: cell.rowSpan - 1 })
    }
    return placed.sort((a, b) => a.col - b.col)
  })
}
