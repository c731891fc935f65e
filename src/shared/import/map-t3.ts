import { T3_COLUMN_KEYS, T3_COLUMNS, T3_ROWS, type Tagged } from './catalog'
import { completeCutLabels, isCutLabel } from './header-prefix'
import { bestLabel } from './match'
import type { Collector } from './readings'
import { rowFromGrid, type ReadRow } from './rows'
import { trimBlanks } from './text-rows'
import { isValueText, type Token } from './tokens'
import { parseCellInput } from '../report/values'

// Table 三: rows matched by their labels, columns by their header labels (or the form's order in text).

function rowLabel(all: readonly Token[]): { key: Tagged; where: string } | undefined {
  // The row's own label is the rightmost one; group cells (（三）不予公开 …) stand to its left.
  // A real row has at most a few label cells: looking further only costs time on hostile input.
  const labels = all.filter((t) => !isValueText(t.text)).slice(-6)
  for (let end = labels.length; end > 0; end--) {
    for (let k = 1; k <= Math.min(3, end); k++) {
      const text = labels
        .slice(end - k, end)
        .map((t) => t.text)
        .join('')
      const m = bestLabel(text, T3_ROWS)
      if (m) return { key: m.value, where: labels[end - k].where }
    }
  }
  return undefined
}

function emit(out: Collector, row: Tagged, column: string, v: Token): void {
  out.readings.push({ key: `t3.${row.key}.${column}`, formats: row.formats, raw: v.text, where: v.where })
}

/** Table 三 from a dense grid: header labels give the columns, an extra subtotal column is skipped. */
export function mapT3Grid(grid: readonly Token[][], out: Collector): void {
  // The header's "其他" or "总计" could pass for a row label ("3.其他", "（七）总计"): skip column labels.
  const firstData = grid.findIndex(
    (cells) => rowLabel(cells.filter((c) => c.text.trim() !== '' && !bestLabel(c.text, T3_COLUMNS))) !== undefined
  )
  if (firstData < 0) return
  const columns = new Map<number, string>()
  const cut: Token[] = []
  for (const cells of grid.slice(0, firstData)) {
    for (const c of cells) {
      const m = bestLabel(c.text, T3_COLUMNS)
      if (m && c.col !== undefined) columns.set(c.col, m.value)
      else if (c.col !== undefined && isCutLabel(c.text, T3_COLUMNS)) cut.push(c)
    }
  }
  // Header labels cut short on the page, completed when the header leaves no doubt.
  const open = T3_COLUMNS.filter((c) => ![...columns.values()].includes(c.value))
  for (const [i, key] of completeCutLabels(cut.map((c) => c.text), open)) columns.set(cut[i].col!, key)
  if (columns.size === 0) {
    out.problems.push({ severity: 'warning', message: '表三缺少可识别的表头，按标准列序（自然人…总计）读取最后7列' })
    // reduce, not spread: a hostile table can have more cells than a call's argument limit.
    const width = grid.reduce((w, r) => r.reduce((m, c) => Math.max(m, (c.col ?? 0) + 1), w), 0)
    T3_COLUMN_KEYS.forEach((k, i) => columns.set(width - 7 + i, k))
  }
  const firstValueCol = Math.min(...columns.keys())
  const ignored = new Set<number>()
  for (const cells of grid.slice(firstData)) {
    const row = rowFromGrid(cells, firstValueCol)
    const label = rowLabel(row.labels)
    if (!label) {
      const hasNumbers = row.values.some((v) => v.text.trim() !== '')
      if (hasNumbers) {
        const text = row.labels.at(-1)?.text.trim() ?? ''
        out.problems.push({
          severity: 'info',
          message: `表三中的“${text || '（无标签）'}”一行不是标准格式的行（如小计行），其数值未导入`,
          where: row.labels[0]?.where ?? row.values[0]?.where
        })
      }
      continue
    }
    for (const v of row.values) {
      const column = columns.get(v.col ?? -1)
      if (column) emit(out, label.key, column, v)
      else if (v.text.trim() !== '' && !ignored.has(v.col ?? -1)) {
        ignored.add(v.col ?? -1)
        out.problems.push({ severity: 'info', message: '表三中有一列不是标准格式的列（如“法人或其他组织”小计），其数值未导入', where: v.where })
      }
    }
  }
}

/** Table 三 from text: each row is its label followed by 7 values in the form's column order. */
export function mapT3Text(rows: readonly ReadRow[], out: Collector): void {
  let subtotalNoted = false
  // A row of blank cells only counts when no row with numbers has the same label: a header word
  // ("总计", "其他") followed by the empty cells of a merged header looks just like one.
  const blankRows = new Map<string, { key: Tagged; values: readonly Token[] }>()
  const read = new Set<string>()
  for (const row of rows) {
    if (row.values.length === 0) continue
    const label = rowLabel(row.labels)
    if (!label) continue
    let values = trimBlanks(row.values, T3_COLUMN_KEYS.length)
    if (values.every((v) => v.text.trim() === '')) {
      if (values.length === T3_COLUMN_KEYS.length && !blankRows.has(label.key.key)) blankRows.set(label.key.key, { key: label.key, values })
      continue
    }
    if (values.length === 8 && isSubtotalAt(values, 6)) {
      values = [...values.slice(0, 6), values[7]]
      if (!subtotalNoted) {
        subtotalNoted = true
        out.problems.push({ severity: 'info', message: '表三多出一列“法人或其他组织”小计（等于五类组织之和），其数值未导入', where: values[6].where })
      }
    }
    if (row.bounded && values.length < T3_COLUMN_KEYS.length) {
      // Cells in their places from the left: the row was cut short (an excerpt, a crawler).
      out.problems.push({
        severity: 'warning',
        message: `表三“${row.labels.at(-1)?.text.trim()}”一行只有${values.length}个单元格，应为7个，已按位置读取前${values.length}个，其余未找到`,
        where: label.where
      })
    } else if (values.length !== T3_COLUMN_KEYS.length) {
      out.problems.push({
        severity: 'warning',
        message: `表三“${row.labels.at(-1)?.text.trim()}”一行有${values.length}个数值，应为7个（自然人至总计），无法确定对应的列，未导入`,
        where: label.where
      })
      continue
    }
    read.add(label.key.key)
    values.forEach((v, i) => emit(out, label.key, T3_COLUMN_KEYS[i], v))
  }
  for (const [key, row] of blankRows) if (!read.has(key)) row.values.forEach((v, i) => emit(out, row.key, T3_COLUMN_KEYS[i], v))
}

/** Whether values[at] is the sum of the five organisation columns (a 法人或其他组织 subtotal). */
function isSubtotalAt(values: readonly Token[], at: number): boolean {
  const n = values.map((v) => parseCellInput(v.text, 'count').value)
  const orgs = [1, 2, 3, 4, 5]
  if (!orgs.every((i) => typeof n[i] === 'number') || typeof n[at] !== 'number') return false
  return orgs.reduce((s, i) => s + (n[i] as number), 0) === n[at]
}

