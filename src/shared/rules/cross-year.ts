import { cellInfo, cellKey, cellsOf } from '../form'
import type { FormatId, TableId } from '../form'
import { TABLE_NAMES, cellName, columnName, formatKeys, rowNameOf, usableNumber, type RuleContext } from './context'
import type { Warning } from './types'

// Rules that compare with last year's report: X1 (carry-over), H1 (copied numbers); C7 is in in-force.ts.

/** Cross-year rules only make sense against the report of the year before. */
function lastYear(ctx: RuleContext) {
  const p = ctx.previous
  return p && p.year === ctx.report.year - 1 ? p : null
}

const prevNum = (p: { format: FormatId; cells: Record<string, unknown> }, key: string) =>
  usableNumber(p.format, key, p.cells[key] as never)

/** X1: this year's 上年结转 = last year's 结转下年度, every column (also across the 2019→2021 change). */
export function checkCarryOver(ctx: RuleContext): Warning[] {
  const prev = lastYear(ctx)
  if (!prev) return []
  const keys = formatKeys(ctx.layout)
  const out: Warning[] = []
  for (const column of keys.t3Columns) {
    const here = keys.t3('carriedOver', column.key)
    const there = cellKey('t3', 'carriedForward', column.key)
    const expected = prevNum(prev, there)
    if (expected === undefined) continue
    const v = ctx.report.cells[here]
    const actual = ctx.num(here)
    const blank = v === null || v === undefined || v === ''
    // A blank cell gets the one-click fill too; "/" or invalid text is left to E4/C6.
    if (actual === expected || (actual === undefined && !blank)) continue
    const [mine, theirs] = [rowNameOf(ctx.format, here), rowNameOf(prev.format, there)]
    out.push({
      rule: 'X1',
      severity: 'warning',
      cells: [here],
      section: 't3',
      fingerprint: `X1:${column.key}`,
      message:
        actual === undefined
          ? `表三“${columnName(column)}”列“${mine}”未填写，上年报告“${theirs}”为${expected}`
          : `表三“${columnName(column)}”列：“${mine}”为${actual}，上年报告“${theirs}”为${expected}，相差${Math.abs(actual - expected)}`,
      fix: { label: `填入上年结转下年度的${expected}`, set: { [here]: expected } }
    })
  }
  return out
}

/** Columns that are running totals, where the same figure as last year is normal. */
const CUMULATIVE_COLUMNS = new Set(['inForce', 'total', 'prevItems'])

const comparableCache = new Map<string, { key: string; table: TableId }[]>()

/** Cells H1 compares: those both formats have, except running totals. */
function comparable(format: FormatId, prevFormat: FormatId) {
  const id = `${format}>${prevFormat}`
  let list = comparableCache.get(id)
  if (!list) {
    list = cellsOf(format)
      .filter((info) => !(info.table === 't2' && CUMULATIVE_COLUMNS.has(info.column.key)) && cellInfo(prevFormat, info.key))
      .map((info) => ({ key: info.key, table: info.table }))
    comparableCache.set(id, list)
  }
  return list
}

/**
 * H1 thresholds. A figure equal to last year's is common for small counts (a 1 in the same cell two
 * years running), so only what is unlikely by chance is hinted:
 * - a whole table equal to last year's with at least WHOLE_TABLE_MIN entered figures of NON_TRIVIAL or more;
 * - a whole row of 三 equal, with at least ROW_MIN_COLUMNS applicant columns of NON_TRIVIAL or more;
 * - at least MANY_EQUAL equal figures of NON_TRIVIAL or more in one table.
 * Totals (总计 column and row of 三, 总计 of 四) repeat their parts and are not counted as figures.
 */
export const H1_THRESHOLDS = { NON_TRIVIAL: 2, WHOLE_TABLE_MIN: 2, ROW_MIN_COLUMNS: 2, MANY_EQUAL: 5 } as const
const { NON_TRIVIAL, WHOLE_TABLE_MIN, ROW_MIN_COLUMNS, MANY_EQUAL } = H1_THRESHOLDS

/** Cells that only add up other cells. */
const isTotal = (key: string) => /^t3\.total\.|\.total$/.test(key)
const isBlankValue = (v: unknown) => v === null || v === undefined || v === ''

/** A figure whose being equal to last year's is evidence of copying (not a total, not a running total, ≥ NON_TRIVIAL). */
export function isCopyFigure(key: string, value: unknown): boolean {
  const column = key.slice(key.lastIndexOf('.') + 1)
  if (key.startsWith('t2.') && CUMULATIVE_COLUMNS.has(column)) return false
  return typeof value === 'number' && value >= NON_TRIVIAL && !isTotal(key)
}

/** H1: numbers identical to last year's, when copying is likely (see H1_THRESHOLDS). */
export function checkCopiedNumbers(ctx: RuleContext): Warning[] {
  const prev = lastYear(ctx)
  if (!prev) return []
  const byTable = new Map<TableId, { differ: number; equal: string[]; figures: string[] }>()
  for (const info of comparable(ctx.format, prev.format)) {
    let t = byTable.get(info.table)
    if (!t) byTable.set(info.table, (t = { differ: 0, equal: [], figures: [] }))
    const v = ctx.num(info.key)
    const before = prevNum(prev, info.key)
    if (v === undefined || v !== before) {
      // Blank in both years is the same table too (a copied table keeps last year's blanks).
      if (!(isBlankValue(ctx.report.cells[info.key]) && isBlankValue(prev.cells[info.key]))) t.differ++
      continue
    }
    t.equal.push(info.key)
    if (isCopyFigure(info.key, v)) t.figures.push(info.key)
  }
  const out: Warning[] = []
  for (const [table, { differ, equal, figures }] of byTable) {
    const whole = differ === 0 && figures.length >= WHOLE_TABLE_MIN
    const rows = table === 't3' ? copiedRows(ctx, equal) : []
    const many = figures.length >= MANY_EQUAL
    if (!whole && !many && rows.length === 0) continue
    const shownKeys = whole || many ? figures : rows.flatMap((r) => r.cells.filter((k) => (ctx.num(k) ?? 0) >= NON_TRIVIAL))
    const list = shownKeys.slice(0, 6).map((k) => `${cellName(ctx.format, k)}为${ctx.num(k)}`).join('、')
    const what = whole
      ? `整张表与上年报告完全相同（其中${figures.length}个不小于${NON_TRIVIAL}的数字：${list}${figures.length > 6 ? '等' : ''}）`
      : many
        ? `有${figures.length}个不小于${NON_TRIVIAL}的数字与上年报告完全相同（${list}${figures.length > 6 ? '等' : ''}；提示标准为同一表中至少${MANY_EQUAL}个）`
        : `有${rows.length}行与上年报告整行相同（${rows.map((r) => `“${r.name}”`).join('、')}：${list}）`
    out.push({
      rule: 'H1',
      severity: 'hint',
      cells: whole || many ? equal : rows.flatMap((r) => r.cells),
      section: table,
      fingerprint: `H1:${table}`,
      message: `${TABLE_NAMES[table]}${what}，请确认不是照抄上年`
    })
  }
  return out
}

/** Rows of 三 whose every cell equals last year's, with enough non-trivial applicant columns. */
function copiedRows(ctx: RuleContext, equal: string[]): { name: string; cells: string[] }[] {
  const same = new Set(equal)
  const keys = formatKeys(ctx.format)
  const out: { name: string; cells: string[] }[] = []
  for (const row of keys.t3Rows) {
    const cells = keys.t3Columns.map((c) => keys.t3(row, c.key))
    if (!cells.every((k) => same.has(k))) continue
    const strong = cells.filter((k) => !isTotal(k) && (ctx.num(k) ?? 0) >= NON_TRIVIAL)
    if (strong.length >= ROW_MIN_COLUMNS) out.push({ name: rowNameOf(ctx.format, cells[0]), cells })
  }
  return out
}
