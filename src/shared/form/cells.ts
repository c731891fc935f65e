import { LAYOUTS } from './formats'
import type { ColumnDef, LayoutId, RowDef, SectionKey, TableId, ValueKind } from './types'

/** Everything known about one cell of a format, derived from the form definition. */
export interface CellInfo {
  key: string
  table: TableId
  row: RowDef
  column: ColumnDef
  kind: ValueKind
  unit?: string
  /** The caption of its block (table 二 only). */
  caption?: string
  /** Human description "行 › 列" built from the labels, for messages and accessible names. */
  rowLabel: string
  columnLabel: string
}

export function cellKey(table: TableId, row: string, column: string): string {
  // Table 四 has a single unlabeled row, so its keys are t4.<group>.<outcome>.
  return [table, row, column].filter((part) => part !== '').join('.')
}

function pathLabel(groups: readonly { label: string }[], label: string): string {
  return [...groups.map((g) => g.label), label].filter((s) => s !== '').join(' › ')
}

function buildCatalogue(format: LayoutId): CellInfo[] {
  const { t2, t3, t4 } = LAYOUTS[format].tables
  const out: CellInfo[] = []
  for (const block of t2.blocks) {
    for (const row of block.rows) {
      for (const column of block.columns) {
        out.push({
          key: cellKey('t2', row.key, column.key),
          table: 't2',
          row,
          column,
          kind: column.kind,
          unit: column.unit,
          caption: block.caption,
          rowLabel: `${block.caption} › ${row.label}`,
          columnLabel: column.label
        })
      }
    }
  }
  for (const table of [t3, t4]) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        out.push({
          key: cellKey(table.id, row.key, column.key),
          table: table.id,
          row,
          column,
          kind: column.kind,
          unit: column.unit,
          rowLabel: pathLabel(row.groups, row.label),
          columnLabel: pathLabel(column.groups, column.label)
        })
      }
    }
  }
  return out
}

const catalogues = new Map<LayoutId, { list: CellInfo[]; byKey: Map<string, CellInfo> }>()

function catalogue(format: LayoutId) {
  let c = catalogues.get(format)
  if (!c) {
    const list = buildCatalogue(format)
    c = { list, byKey: new Map(list.map((info) => [info.key, info])) }
    catalogues.set(format, c)
  }
  return c
}

/** Every cell of the format, in reading order (table by table, row by row). */
export function cellsOf(format: LayoutId): readonly CellInfo[] {
  return catalogue(format).list
}

export function cellInfo(format: LayoutId, key: string): CellInfo | undefined {
  return catalogue(format).byKey.get(key)
}

export function isCellKey(format: LayoutId, key: string): boolean {
  return catalogue(format).byKey.has(key)
}

/** Short description of a cell for messages: "三 › （七）总计 › 自然人". */
export function describeCell(format: LayoutId, key: string): string {
  const info = cellInfo(format, key)
  if (!info) return key
  const table = { t2: '表二', t3: '表三', t4: '表四' }[info.table]
  return [table, info.rowLabel, info.columnLabel].filter((s) => s !== '').join(' › ')
}

export function sectionOfCell(key: string): SectionKey {
  return key.slice(0, 2) as SectionKey
}
