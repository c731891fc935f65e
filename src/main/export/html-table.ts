import { tableLayout, type TableDef } from '../../shared/form'
import type { Cells } from '../../shared/report/types'
import type { BlankAs } from '../../shared/settings'
import { cellText } from './cell-text'
import { escapeHtml } from './html-escape'

// A table of the form as HTML: rowspan/colspan from the same layout the Word writer uses.

export function htmlTable(def: TableDef, cells: Cells, blankAs: BlankAs): string {
  const layout = tableLayout(def)
  const total = layout.widths.reduce((a, b) => a + b, 0)
  const cols = layout.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('')
  const rows = layout.rows.map((row, r) => {
    const tds = row.cells.map((cell) => {
      const tag = cell.kind === 'header' || cell.kind === 'corner' ? 'th' : 'td'
      const attrs = [
        cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '',
        cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '',
        ` class="${cell.kind}${cell.kind === 'label' && cell.row ? ' row-label' : ''}"`,
        cell.cellKey ? ` data-cell="${escapeHtml(cell.cellKey)}"` : ''
      ].join('')
      const text = cell.kind === 'value' ? cellText(cells[cell.cellKey ?? ''], blankAs) : cell.text
      return `<${tag}${attrs}>${escapeHtml(text)}</${tag}>`
    })
    const open = r === 0 && layout.headerRows > 0 ? '<thead>' : r === layout.headerRows && layout.headerRows > 0 ? '</thead><tbody>' : ''
    return `${open}<tr>${tds.join('')}</tr>`
  })
  const close = layout.headerRows > 0 ? '</tbody>' : ''
  const wrapped = layout.headerRows > 0 ? rows.join('\n') : `<tbody>${rows.join('\n')}</tbody>`
  return `<table class="form-table ${layout.table}"><colgroup>${cols}</colgroup>\n${wrapped}${close}\n</table>`
}
