import { cellInfo } from '../cells'
import { LAYOUTS } from '../formats'
import type { LayoutId, TableId } from '../types'
import { T2_COLUMN_NOTES, T2_ROW_NOTES } from './t2'
import { T3_COLUMN_NOTES, T3_ROW_NOTES } from './t3'
import { T4_GROUP_NOTES, T4_OUTCOME_NOTES } from './t4'
import type { FillingNote } from './types'

export type { FillingNote, NoteSource } from './types'

/** Rows with no note on purpose: 表四's single data row has no label and means nothing by itself. */
export const ROWS_WITHOUT_NOTES: Readonly<Partial<Record<TableId, readonly string[]>>> = { t4: [''] }

export interface CellNotes {
  row: readonly FillingNote[]
  column: readonly FillingNote[]
}

/** The 填报说明 of a cell: what its row counts and what its column counts. */
export function cellNotes(layout: LayoutId, key: string): CellNotes | undefined {
  const info = cellInfo(layout, key)
  if (!info) return undefined
  const row = info.row.key
  const column = info.column.key
  switch (info.table) {
    case 't2': {
      const block = LAYOUTS[layout].tables.t2.blocks.find((b) => b.rows.some((r) => r.key === row))
      return { row: T2_ROW_NOTES[row] ?? [], column: T2_COLUMN_NOTES[`${block?.key}.${column}`] ?? [] }
    }
    case 't3':
      return { row: T3_ROW_NOTES[row] ?? [], column: T3_COLUMN_NOTES[column] ?? [] }
    case 't4': {
      const [group, outcome] = column.split('.')
      return { row: [], column: [...(T4_GROUP_NOTES[group] ?? []), ...(T4_OUTCOME_NOTES[outcome] ?? [])] }
    }
  }
}
