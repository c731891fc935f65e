import { FORMATS, cellInfo, cellKey, cellsOf } from '../form'
import type { FormatId, TableId } from '../form'
import { TABLE_NAMES, cellName, columnName, formatKeys, rowNameOf, usableNumber, type RuleContext } from './context'
import type { Warning } from './types'

// Rules that compare with last year's report: X1 (carry-over), C7 (规章/规范性文件 in force), H1 (copied numbers).

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

/** C7 (2021 format): 现行有效(Y) normally = 现行有效(Y−1) + 本年制发 − 本年废止. */
export function checkInForce(ctx: RuleContext): Warning[] {
  const prev = lastYear(ctx)
  if (!prev || ctx.format !== '2021' || prev.format !== '2021') return []
  const block = FORMATS['2021'].tables.t2.blocks.find((b) => b.columns.some((c) => c.key === 'inForce'))
  if (!block) return []
  const out: Warning[] = []
  for (const row of block.rows) {
    const [inForce, issued, repealed] = ['inForce', 'issued', 'repealed'].map((c) => cellKey('t2', row.key, c))
    const before = prevNum(prev, inForce)
    const [now, add, remove] = [inForce, issued, repealed].map((k) => ctx.num(k))
    if (before === undefined || now === undefined || add === undefined || remove === undefined) continue
    const expected = before + add - remove
    if (expected === now) continue
    const [lIn, lAdd, lRemove] = ['inForce', 'issued', 'repealed'].map((c) => block.columns.find((x) => x.key === c)?.label ?? c)
    out.push({
      rule: 'C7',
      severity: 'warning',
      cells: [inForce, issued, repealed],
      section: 't2',
      fingerprint: `C7:${row.key}`,
      message: `表二“${row.label}”：上年“${lIn}”${before}，加“${lAdd}”${add}、减“${lRemove}”${remove}应为${expected}，本年“${lIn}”为${now}，相差${Math.abs(expected - now)}（如有失效、清理等情况，请说明）`
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

/** H1: numbers identical to last year's (copying last year's table is a known failure). */
export function checkCopiedNumbers(ctx: RuleContext): Warning[] {
  const prev = lastYear(ctx)
  if (!prev) return []
  const same = new Map<TableId, string[]>()
  for (const info of comparable(ctx.format, prev.format)) {
    const v = ctx.num(info.key)
    if (v === undefined || v === 0 || v !== prevNum(prev, info.key)) continue
    const list = same.get(info.table)
    if (list) list.push(info.key)
    else same.set(info.table, [info.key])
  }
  const out: Warning[] = []
  for (const [table, keys] of same) {
    // One equal small number is a coincidence; several, or one large one, deserve a look.
    const largest = Math.max(...keys.map((k) => ctx.num(k) ?? 0))
    if (keys.length < 2 && largest < 10) continue
    const list = keys.slice(0, 6).map((k) => `${cellName(ctx.format, k)}为${ctx.num(k)}`).join('、')
    out.push({
      rule: 'H1',
      severity: 'hint',
      cells: keys,
      section: table,
      fingerprint: `H1:${table}`,
      message: `${TABLE_NAMES[table]}有${keys.length}个数字与上年报告完全相同（${list}${keys.length > 6 ? '等' : ''}），请确认不是照抄上年`
    })
  }
  return out
}
