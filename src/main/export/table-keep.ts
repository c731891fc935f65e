import { CELL_MARGINS_TWIPS, wrapLines } from '../../shared/form/label-fit'
import type { TableLayout } from '../../shared/form/layout'
import type { Typography } from '../../shared/settings'
import { cellText } from './cell-text'
import { A4_TWIPS, mmToTwips } from './units'

// Which rows of a table Word keeps with the next one. A table that fits on a page is chained whole,
// so it starts on a new page when it does not fit in what is left (表三 is about three quarters of a
// page); a longer one is chained only within its groups, so it splits between groups, never inside
// （三）–（六） (Word cannot break inside a vertically merged cell anyway) nor after a group label.

/** Single line spacing of a CJK font is about 1.3 times its size; cells add a little padding. */
const LINE = 1.3
const ROW_PADDING_PT = 1.5
/** Share of the text block a table may fill and still be chained whole (room for the heading). */
const WHOLE_TABLE_SHARE = 0.9
/** Body rows kept on the page of the header, so a table never starts with a lone header at a page foot. */
const KEEP_BODY_ROWS = 3

/** Height of the text block in points. */
export function textHeightPt(t: Typography): number {
  return (A4_TWIPS.height - mmToTwips(t.marginsMm.top) - mmToTwips(t.marginsMm.bottom)) / 20
}

/** A rough height of the table in points: each row as tall as its tallest single-row cell. */
export function estimateTableHeightPt(layout: TableLayout, widths: readonly number[], sizePt: number): number {
  let total = 0
  for (const row of layout.rows) {
    let lines = 1
    for (const cell of row.cells) {
      if (cell.rowSpan > 1) continue
      const text = cell.kind === 'value' ? cellText(undefined, 'zero') : cell.text
      const twips = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0) - CELL_MARGINS_TWIPS
      lines = Math.max(lines, wrapLines(text, twips / (sizePt * 20)).length)
    }
    total += lines * sizePt * LINE + ROW_PADDING_PT
  }
  return total
}

/** For each row: whether Word keeps it on the page of the row after it. */
export function keepWithNextRows(layout: TableLayout, widths: readonly number[], sizePt: number, t: Typography): boolean[] {
  const whole = estimateTableHeightPt(layout, widths, sizePt) <= textHeightPt(t) * WHOLE_TABLE_SHARE
  const last = layout.rows.length - 1
  return layout.rows.map((row, r) => {
    if (r === last) return false
    if (whole || r < layout.headerRows + KEEP_BODY_ROWS) return true
    return row.keep === layout.rows[r + 1].keep
  })
}
