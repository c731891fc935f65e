import { memo } from 'react'
import type { LayoutRow } from '../../../shared/form'
import { formatCellValue, type Cells } from '../../../shared/report'
import type { Severity } from '../../../shared/rules'
import { inRange, type GridModel, type Pos } from './grid-model'
import type { Refused } from './use-refused-drafts'
import { ValueCell, type CellHandlers } from './value-cell'

// One row of the grid, memoised on what its own cells show: a keystroke re-renders the row it
// changed (and the rows whose marks or hints it changed), not the whole table.

export interface GridRowProps {
  row: LayoutRow
  model: GridModel
  labels: ReadonlyMap<string, string>
  cells: Cells
  marks: ReadonlyMap<string, Severity>
  notes: ReadonlyMap<string, string>
  hints: ReadonlyMap<string, number>
  /** Totals holding a computed sum (自动合计). */
  computed: ReadonlySet<string>
  cursorKey: string
  cursor: Pos
  anchor: Pos
  editing: { key: string; draft: string; mode: string; error?: string } | null
  /** Text refused when the focus left its cell: shown with its error, not stored. */
  refused: ReadonlyMap<string, Refused>
  /** Left offsets of the row-name columns that stay in view when scrolling sideways, by column. */
  lefts: readonly (string | undefined)[]
  handlers: CellHandlers
}


const isSelected = (p: GridRowProps, pos: Pos) => inRange(pos, p.anchor, p.cursor) && (p.anchor.r !== p.cursor.r || p.anchor.c !== p.cursor.c)

const valueKeysCache = new WeakMap<LayoutRow, string[]>()
function valueKeys(row: LayoutRow): string[] {
  let keys = valueKeysCache.get(row)
  if (!keys) valueKeysCache.set(row, (keys = row.cells.flatMap((c) => (c.kind === 'value' ? [c.cellKey!] : []))))
  return keys
}

/** Equal when every value cell of the row would be drawn the same. */
function sameRow(a: GridRowProps, b: GridRowProps): boolean {
  if (a.row !== b.row || a.model !== b.model || a.labels !== b.labels || a.handlers !== b.handlers || a.lefts !== b.lefts) return false
  for (const key of valueKeys(a.row)) {
    if (a.cells[key] !== b.cells[key] || a.marks.get(key) !== b.marks.get(key)) return false
    if (a.notes.get(key) !== b.notes.get(key) || a.hints.get(key) !== b.hints.get(key)) return false
    if (a.computed.has(key) !== b.computed.has(key)) return false
    if ((key === a.cursorKey) !== (key === b.cursorKey)) return false
    const ea = a.editing?.key === key ? a.editing : null
    const eb = b.editing?.key === key ? b.editing : null
    if (ea?.draft !== eb?.draft || ea?.error !== eb?.error || ea?.mode !== eb?.mode) return false
    if (a.refused.get(key) !== b.refused.get(key)) return false
    const pos = a.model.positions.get(key)!
    if (isSelected(a, pos) !== isSelected(b, pos)) return false
  }
  return true
}

export const GridRow = memo(function GridRow(p: GridRowProps) {
  return (
    <tr className={`row-${p.row.kind}`}>
      {p.row.cells.map((cell) => {
        if (cell.kind !== 'value') {
          const left = cell.kind === 'label' || cell.kind === 'corner' ? p.lefts[cell.col] : undefined
          return (
            <th
              key={cell.col}
              className={`c-${cell.kind}${left ? ' frozen' : ''}`}
              style={left ? { left } : undefined}
              colSpan={cell.colSpan}
              rowSpan={cell.rowSpan}
              scope={cell.kind === 'label' ? 'row' : cell.kind === 'header' ? 'col' : undefined}
            >
              {cell.text}
            </th>
          )
        }
        const key = cell.cellKey!
        const ed = p.editing && p.editing.key === key ? p.editing : (p.refused.get(key) ?? null)
        return (
          <ValueCell
            key={cell.col}
            cellKey={key}
            label={p.labels.get(key) ?? key}
            text={ed ? ed.draft : formatCellValue(p.cells[key])}
            colSpan={cell.colSpan}
            hint={p.hints.get(key)}
            computed={p.computed.has(key) && !ed}
            mark={p.marks.get(key)}
            note={p.notes.get(key)}
            selected={isSelected(p, p.model.positions.get(key)!)}
            cursor={key === p.cursorKey}
            editing={p.editing?.key === key}
            error={ed?.error}
            handlers={p.handlers}
          />
        )
      })}
    </tr>
  )
}, sameRow)
