import { cellKey, cellsOf } from '../form/cells'
import { FORMATS, LAYOUTS, layoutOf } from '../form/formats'
import type { FormatId, LayoutId } from '../form/types'
import type { CellValue, Cells } from '../report/types'
import { sumValues } from './sum-values'
import { AggregateError, type DepartmentReport } from './types'

// Which layout a 汇总 is in. The 2019 and 2021 formats differ in table 二 and 三 (rows, columns and
// meaning), so they are never added together. Within the 2021 format, a report that kept 2019's
// single （六）其他处理 row is mapped as the form defines it: that row is the group whose three
// sub-rows the 2021 layout has, so the sub-rows add into it. Every other key is the same cell.

const list = (names: string[]) => names.slice(0, 5).join('、') + (names.length > 5 ? `等${names.length}个部门` : '')

function byValue<T extends string | number>(reports: readonly DepartmentReport[], of: (r: DepartmentReport) => T): Map<T, string[]> {
  const out = new Map<T, string[]>()
  for (const r of reports) out.set(of(r), [...(out.get(of(r)) ?? []), r.department])
  return out
}

/** The year, format and layout of the 汇总; throws AggregateError in Chinese when they differ. */
export function planLayout(reports: readonly DepartmentReport[]): { year: number; format: FormatId; layout: LayoutId; mapped: string[] } {
  if (reports.length === 0) throw new AggregateError('没有可汇总的报告：请至少选择一份报告')
  const years = byValue(reports, (r) => r.report.year)
  if (years.size > 1) {
    const parts = [...years].sort(([a], [b]) => a - b).map(([y, names]) => `${y}年度（${list(names)}）`)
    throw new AggregateError(`所选报告不是同一年度：${parts.join('；')}。汇总只能合并同一年度的报告，请只选择一个年度的报告。`)
  }
  const formats = byValue(reports, (r) => r.report.format)
  if (formats.size > 1) {
    const parts = [...formats].map(([f, names]) => `${FORMATS[f].name}（${list(names)}）`)
    throw new AggregateError(
      `所选报告使用了不同的报表格式：${parts.join('；')}。两种格式的表格项目不同，数字不能直接相加。请先把这些报告改为同一格式（${reports[0].report.year}年度应使用${FORMATS[reports[0].report.year >= 2021 ? '2021' : '2019'].name}）后再汇总。`
    )
  }
  const format = reports[0].report.format
  const layouts = byValue(reports, (r) => layoutOf(r.report.format, r.report.cells))
  const layout: LayoutId = layouts.has('2021-other2019') ? '2021-other2019' : format
  const mapped = layouts.size > 1 ? (layouts.get('2021') ?? []) : []
  return { year: reports[0].report.year, format, layout, mapped }
}

/**
 * A report's cells in the target layout. A target cell with the same key takes the value; a row
 * the source lacks takes the sum of the source rows grouped under it (（六） and its sub-rows).
 */
export function cellsInLayout(cells: Cells, from: LayoutId, to: LayoutId): Cells {
  const out: Cells = {}
  if (from === to) {
    for (const info of cellsOf(to)) out[info.key] = cells[info.key] ?? null
    return out
  }
  const sourceRows = LAYOUTS[from].tables.t3.rows
  for (const info of cellsOf(to)) {
    if (info.key in cells || info.table !== 't3') {
      out[info.key] = cells[info.key] ?? null
      continue
    }
    const row = info.row
    const parts = sourceRows.filter((r) => r.groups.some((g) => g.key === row.key && g.label === row.label))
    const values: CellValue[] = parts.map((r) => cells[cellKey('t3', r.key, info.column.key)] ?? null)
    out[info.key] = sumValues(values).value
  }
  return out
}
