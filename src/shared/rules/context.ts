import { LAYOUTS, layoutOf, T3_APPLICANT_COLUMNS, T3_COLUMNS, cellInfo, cellKey, t3ResultRows } from '../form'
import type { CellInfo, ColumnDef, FormatId, LayoutId } from '../form'
import { isProvisional } from '../report/computed-totals'
import { valueProblem } from '../report/values'
import type { CellValue, ReportContent } from '../report/types'

// What every rule needs: the report, last year's report, and key lists computed once per format.

export interface RuleContext {
  report: ReportContent
  format: FormatId
  /** The tables' layout: the format's, or 2021 with 2019's single （六） row (see layoutOf). */
  layout: LayoutId
  previous: ReportContent | null
  today: Date
  /** Value of a cell of this report ("missing" means blank). */
  value(key: string): CellValue
  /**
   * The cell as a usable number, or undefined for blank, "/", text, or a number C6 rejects
   * (a negative count, a fraction): arithmetic rules skip those, C6 and E4 report them instead.
   */
  num(key: string): number | undefined
  /** A total the editor computed while cells it adds up are still blank: a running sum, not a figure. */
  provisional(key: string): boolean
}

export function usableNumber(format: LayoutId, key: string, v: CellValue | undefined): number | undefined {
  if (typeof v !== 'number') return undefined
  const info = cellInfo(format, key)
  if (info && valueProblem(v, info.kind)) return undefined
  return v
}

export function makeContext(report: ReportContent, previous: ReportContent | null, today: Date): RuleContext {
  const cells = report.cells
  const format = report.format
  const layout = layoutOf(format, cells)
  return {
    report,
    format,
    layout,
    previous,
    today,
    value: (key) => cells[key] ?? null,
    num: (key) => usableNumber(layout, key, cells[key]),
    provisional: (key) => !!report.computed?.length && isProvisional(layout, cells, report.computed, key)
  }
}

/** Key lists per format, derived from the form definition once. */
export interface FormatKeys {
  t3Rows: string[]
  t3ResultRows: string[]
  t3Columns: readonly ColumnDef[]
  t3ApplicantColumns: readonly string[]
  /** t3 key by row then column. */
  t3: (row: string, column: string) => string
  /** Per column: the C1 cells (new, carriedOver, total, carriedForward); the sums are in sumRelations. */
  byColumn: { column: ColumnDef; balance: string[] }[]
}

const keysCache = new Map<LayoutId, FormatKeys>()

export function formatKeys(format: LayoutId): FormatKeys {
  let k = keysCache.get(format)
  if (!k) {
    const table = new Map<string, string>()
    const t3Def = LAYOUTS[format].tables.t3
    const rows = t3Def.rows.map((r) => r.key)
    for (const r of rows) for (const c of T3_COLUMNS) table.set(`${r}|${c.key}`, cellKey('t3', r, c.key))
    const t3 = (row: string, column: string) => table.get(`${row}|${column}`) ?? cellKey('t3', row, column)
    const results = t3ResultRows(t3Def)
    k = {
      t3Rows: rows,
      t3ResultRows: results,
      t3Columns: T3_COLUMNS,
      t3ApplicantColumns: T3_APPLICANT_COLUMNS,
      t3,
      byColumn: T3_COLUMNS.map((column) => ({
        column,
        balance: ['new', 'carriedOver', 'total', 'carriedForward'].map((r) => t3(r, column.key))
      }))
    }
    keysCache.set(format, k)
  }
  return k
}

/** A column's name for messages: "自然人", "法人或其他组织·其他". */
export function columnName(column: ColumnDef): string {
  const inner = column.groups.length > 1 ? column.groups[column.groups.length - 1] : undefined
  return inner ? `${inner.label}·${column.label}` : column.label
}

/** A row's name for messages: "（三）不予公开·1.属于国家秘密", "（七）总计". */
export function rowName(info: CellInfo): string {
  const groups = info.row.groups.filter((g) => g.key !== 'results')
  return [...groups.map((g) => g.label), info.row.label].join('·')
}

export function rowNameOf(format: FormatId, key: string): string {
  const info = cellInfo(format, key)
  return info ? rowName(info) : key
}

/** How a cell value reads in a message. */
export function shown(v: CellValue | undefined): string {
  if (v === null || v === undefined || v === '') return '空白'
  return String(v)
}

/** Short name of a cell for messages, without the table: "（一）予以公开·自然人", "行政复议·总计". */
export function cellName(format: LayoutId, key: string): string {
  const info = cellInfo(format, key)
  if (!info) return key
  if (info.table === 't3') return `${rowName(info)}·${columnName(info.column)}`
  if (info.table === 't4') return [...info.column.groups.map((g) => g.label), info.column.label].join('·')
  return `${info.row.label}·${info.column.label}`
}

export const TABLE_NAMES = { t2: '表二', t3: '表三', t4: '表四' } as const
