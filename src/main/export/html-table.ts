import { tableLayout, type LayoutCell, type TableDef } from '../../shared/form'
import { balancedLines, CELL_MARGINS_TWIPS } from '../../shared/form/label-fit'
import type { Cells } from '../../shared/report/types'
import type { BlankAs, Typography } from '../../shared/settings'
import { cellText } from './cell-text'
import { escapeHtml } from './html-escape'
import { textWidthTwips } from './page-setup'
import { estimateTableHeightPt, textHeightPt } from './table-keep'
import { scaleWidths } from './units'

// A table of the form as HTML: rowspan/colspan from the same layout the Word writer uses.

/**
 * A label's text with break opportunities only where balanced lines end, at the width the cell has
 * on the printed page; the cell sets `word-break: keep-all`, so no word is broken elsewhere.
 */
function labelHtml(cell: LayoutCell, widthEms: number): string {
  return balancedLines(cell.text, widthEms).map(escapeHtml).join('<wbr/>')
}

function cellHtml(cell: LayoutCell, cells: Cells, blankAs: BlankAs, emsOf: (c: LayoutCell) => number): string {
  const tag = cell.kind === 'header' || cell.kind === 'corner' ? 'th' : 'td'
  const classes = [cell.kind, cell.kind === 'label' && cell.row ? 'row-label' : '', cell.align === 'left' ? 'left' : '', cell.vAlign === 'top' ? 'top' : '', cell.shaded ? 'shaded' : '']
  const attrs = [
    cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '',
    cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '',
    ` class="${classes.filter((c) => c !== '').join(' ')}"`,
    cell.cellKey ? ` data-cell="${escapeHtml(cell.cellKey)}"` : ''
  ].join('')
  const html = cell.kind === 'value' ? escapeHtml(cellText(cells[cell.cellKey ?? ''], blankAs)) : labelHtml(cell, emsOf(cell))
  return `<${tag}${attrs}>${html}</${tag}>`
}

export function htmlTable(def: TableDef, cells: Cells, blankAs: BlankAs, t: Typography, sizePt: number): string {
  const layout = tableLayout(def)
  const total = layout.widths.reduce((a, b) => a + b, 0)
  const widths = scaleWidths(layout.widths, textWidthTwips(t))
  const emsOf = (c: LayoutCell) => (widths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0) - CELL_MARGINS_TWIPS) / (sizePt * 20)
  const cols = layout.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('')
  // Rows of a group kept together carry "keep-next" (break-after: avoid), so print breaks the table
  // only between groups. (Not a tbody per group: a rowspan cannot cross a tbody, and 三's
  // "三、本年度办理结果" spans nearly all rows.)
  const parts: string[] = []
  const last = layout.rows.length - 1
  layout.rows.forEach((row, r) => {
    const keep = r < last && r >= layout.headerRows && layout.rows[r + 1].keep === row.keep ? ' class="keep-next"' : ''
    const tr = `<tr${keep}>${row.cells.map((c) => cellHtml(c, cells, blankAs, emsOf)).join('')}</tr>`
    if (r === 0 && layout.headerRows > 0) parts.push(`<thead>${tr}`)
    else if (r === layout.headerRows) parts.push(`${r > 0 ? '</thead>' : ''}<tbody>${tr}`)
    else parts.push(tr)
  })
  // A table that fits on a page is kept whole: it starts on a new page when it does not fit.
  const whole = estimateTableHeightPt(layout, widths, sizePt) <= textHeightPt(t) * 0.9 ? ' whole' : ''
  return `<table class="form-table ${layout.table}${whole}" style="font-size:${sizePt}pt"><colgroup>${cols}</colgroup>\n${parts.join('\n')}</tbody>\n</table>`
}
