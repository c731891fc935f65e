import { cellsOf } from '../form'
import type { CellInfo, FormatId, TableId } from '../form'
import { isInvalidText, valueProblem } from '../report/values'
import { TABLE_NAMES, cellName, columnName, rowName, type RuleContext } from './context'
import type { Warning } from './types'

// C6 (what a cell may hold) and E4 (a number is expected but the cell is blank or "/").

/** C6: counts are non-negative integers, 万元 amounts non-negative decimals, 增/减 signed integers; no text. */
export function checkDomain(ctx: RuleContext): Warning[] {
  const out: Warning[] = []
  for (const info of cellsOf(ctx.layout)) {
    const v = ctx.report.cells[info.key]
    let problem: string | undefined
    if (typeof v === 'number') problem = valueProblem(v, info.kind)
    else if (isInvalidText(v)) problem = '不是数字，请填写数字（不适用的填“/”）'
    if (!problem) continue
    out.push({
      rule: 'C6',
      severity: 'error',
      cells: [info.key],
      section: info.table,
      fingerprint: `C6:${info.key}`,
      message: `${TABLE_NAMES[info.table]}“${cellName(ctx.format, info.key)}”填的是“${v}”：${problem}`
    })
  }
  return out
}

/** A line of the form for E4: a row of 二 or 三, a group of 四. */
interface Line {
  id: string
  table: TableId
  name: string
  cells: { key: string; name: string }[]
}

const linesCache = new Map<FormatId, { lines: Line[]; tables: Map<TableId, string[]> }>()

function linesOf(format: FormatId) {
  let c = linesCache.get(format)
  if (c) return c
  const byId = new Map<string, Line>()
  const tables = new Map<TableId, string[]>()
  for (const info of cellsOf(format)) {
    const { id, name, cell } = lineOf(info)
    let line = byId.get(id)
    if (!line) byId.set(id, (line = { id, table: info.table, name, cells: [] }))
    line.cells.push({ key: info.key, name: cell })
    tables.set(info.table, [...(tables.get(info.table) ?? []), info.key])
  }
  c = { lines: [...byId.values()], tables }
  linesCache.set(format, c)
  return c
}

function lineOf(info: CellInfo): { id: string; name: string; cell: string } {
  if (info.table === 't4') {
    const group = info.column.groups.map((g) => g.label).join('·')
    return { id: `t4.${info.column.key.split('.')[0]}`, name: group, cell: info.column.label }
  }
  if (info.table === 't3') return { id: `t3.${info.row.key}`, name: rowName(info), cell: columnName(info.column) }
  return { id: `t2.${info.row.key}`, name: info.row.label, cell: info.column.label }
}

const isEmptyish = (v: unknown) => v === null || v === undefined || v === '' || v === '/'

/**
 * E4: blank or "/" where the form expects a number (a published report should say 0). Reported
 * per row (per group in 四) so the list stays readable; a table not filled at all is one warning.
 */
export function checkExpectedNumbers(ctx: RuleContext): Warning[] {
  const { lines, tables } = linesOf(ctx.format)
  const cells = ctx.report.cells
  const out: Warning[] = []
  const untouched = new Set<TableId>()
  for (const [table, keys] of tables) {
    if (keys.every((k) => cells[k] === null || cells[k] === undefined || cells[k] === '')) {
      untouched.add(table)
      out.push({
        rule: 'E4',
        severity: 'warning',
        cells: keys,
        section: table,
        fingerprint: `E4:${table}`,
        message: `${TABLE_NAMES[table]}尚未填写（共${keys.length}格）：已公开的报告每格都应有数字，没有发生的填0`
      })
    }
  }
  for (const line of lines) {
    if (untouched.has(line.table)) continue
    const missing = line.cells.filter((c) => isEmptyish(cells[c.key]))
    if (missing.length === 0) continue
    const list = missing.map((c) => `${c.name}（${cells[c.key] === '/' ? '“/”' : '空白'}）`).join('、')
    out.push({
      rule: 'E4',
      severity: 'warning',
      cells: missing.map((c) => c.key),
      section: line.table,
      fingerprint: `E4:${line.id}`,
      message: `${TABLE_NAMES[line.table]}“${line.name}”有${missing.length}格没有数字：${list}。已公开的报告应填写数字，没有发生的填0`
    })
  }
  return out
}
