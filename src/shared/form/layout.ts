import { cellKey } from './cells'
import type { BlockTableDef, ColumnDef, GridTableDef, RowDef, TableDef, TableId } from './types'

// The printed layout of each table (merged header cells, row-label merges, captions), derived from
// the definition once, so the editor grid, the Word writer and the HTML export draw the same table.

export type LayoutCellKind = 'corner' | 'caption' | 'header' | 'label' | 'value'

export interface LayoutCell {
  kind: LayoutCellKind
  text: string
  /** Grid column where the cell starts (0-based). */
  col: number
  colSpan: number
  rowSpan: number
  /** For value cells: the cell key and its definition. */
  cellKey?: string
  row?: RowDef
  column?: ColumnDef
  /** How the official template sets the cell's text (see cellLook). */
  align: 'left' | 'center'
  vAlign: 'top' | 'center'
  /** 二's captions ("第二十条第（一）项"): shaded, with a full border, as in the template. */
  shaded?: boolean
}

export interface LayoutRow {
  kind: 'header' | 'caption' | 'body'
  /**
   * Rows with the same key are kept on one page: a block of 二 (caption, header, rows), a group of 三
   * under （三）–（六） (its merged label cannot break in Word), the header rows; else the row alone.
   */
  keep: string
  cells: LayoutCell[]
}

export interface TableLayout {
  table: TableId
  gridColumns: number
  /** Column widths in twentieths of a point. */
  widths: readonly number[]
  /** Leading rows that form the table header (repeated when the table breaks across pages). */
  headerRows: number
  rows: LayoutRow[]
}

// Alignment as in the official template: 二 is centred but for its captions; 三's corner note, row
// and group labels read from the left; headers and numbers are centred.
const CENTRED = { align: 'center', vAlign: 'center' } as const

export function tableLayout(def: TableDef): TableLayout {
  return def.shape === 'blocks' ? blockLayout(def) : gridLayout(def)
}

function blockLayout(def: BlockTableDef): TableLayout {
  const rows: LayoutRow[] = []
  const n = def.gridColumns
  for (const block of def.blocks) {
    rows.push({ kind: 'caption', keep: block.caption, cells: [{ kind: 'caption', text: block.caption, col: 0, colSpan: n, rowSpan: 1, align: 'left', vAlign: 'center', shaded: true }] })
    // The last value column stretches over the grid columns the block does not use.
    const span = (i: number) => (i === block.columns.length - 1 ? n - 1 - i : 1)
    rows.push({
      kind: 'header',
      keep: block.caption,
      cells: [
        { kind: 'header', text: block.rowHeader, col: 0, colSpan: 1, rowSpan: 1, ...CENTRED },
        ...block.columns.map((column, i) => ({
          kind: 'header' as const,
          text: column.label,
          col: 1 + i,
          colSpan: span(i),
          rowSpan: 1,
          column,
          ...CENTRED
        }))
      ]
    })
    for (const row of block.rows) {
      rows.push({
        kind: 'body',
        keep: block.caption,
        cells: [
          { kind: 'label', text: row.label, col: 0, colSpan: 1, rowSpan: 1, row, ...CENTRED },
          ...block.columns.map((column, i) => ({
            kind: 'value' as const,
            text: '',
            col: 1 + i,
            colSpan: span(i),
            rowSpan: 1,
            cellKey: cellKey('t2', row.key, column.key),
            row,
            column,
            ...CENTRED
          }))
        ]
      })
    }
  }
  return { table: 't2', gridColumns: n, widths: def.widths, headerRows: 0, rows }
}

function gridLayout(def: GridTableDef): TableLayout {
  const L = def.labelColumns
  const depth = Math.max(...def.columns.map((c) => c.groups.length + 1))
  const rows: LayoutRow[] = []

  for (let level = 0; level < depth; level++) {
    const cells: LayoutCell[] = []
    if (level === 0 && L > 0) {
      cells.push({ kind: 'corner', text: def.corner ?? '', col: 0, colSpan: L, rowSpan: depth, align: 'left', vAlign: 'center' })
    }
    let i = 0
    while (i < def.columns.length) {
      const column = def.columns[i]
      const path = [...column.groups, { key: column.key, label: column.label }]
      if (level >= path.length) {
        i++
        continue
      }
      const isLeaf = level === path.length - 1
      let span = 1
      if (!isLeaf) {
        // Merge neighbours that share this column's group at this level.
        const groupKey = path[level].key
        while (i + span < def.columns.length && def.columns[i + span].groups[level]?.key === groupKey) span++
      }
      cells.push({
        kind: 'header',
        text: path[level].label,
        col: L + i,
        colSpan: span,
        rowSpan: isLeaf ? depth - level : 1,
        column: isLeaf ? column : undefined,
        ...CENTRED
      })
      i += span
    }
    rows.push({ kind: 'header', keep: 'header', cells })
  }

  def.rows.forEach((row, r) => {
    const cells: LayoutCell[] = []
    row.groups.forEach((group, level) => {
      const prev = def.rows[r - 1]
      if (prev && prev.groups[level]?.key === group.key) return // covered by the merge above
      let span = 1
      while (def.rows[r + span]?.groups[level]?.key === group.key) span++
      cells.push({ kind: 'label', text: group.label, col: level, colSpan: 1, rowSpan: span, align: 'left', vAlign: 'center' })
    })
    if (L > 0) {
      const level = row.groups.length
      // Sub-rows of a group (the numbered reasons under （三）–（六）) sit at the top of their cell.
      const vAlign = row.groups.length >= 2 ? 'top' : 'center'
      cells.push({ kind: 'label', text: row.label, col: level, colSpan: L - level, rowSpan: 1, row, align: 'left', vAlign })
    }
    def.columns.forEach((column, c) => {
      cells.push({
        kind: 'value',
        text: '',
        col: L + c,
        colSpan: 1,
        rowSpan: 1,
        cellKey: cellKey(def.id, row.key, column.key),
        row,
        column,
        ...CENTRED
      })
    })
    rows.push({ kind: 'body', keep: row.groups[1]?.key ?? `row:${row.key}`, cells })
  })

  return { table: def.id, gridColumns: L + def.columns.length, widths: def.widths, headerRows: depth, rows }
}
