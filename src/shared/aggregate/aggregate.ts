import { cellsOf, describeCell } from '../form/cells'
import { layoutOf } from '../form/formats'
import type { Cells } from '../report/types'
import { cellsInLayout, planLayout } from './layouts'
import { departmentKey } from './names'
import { sumValues } from './sum-values'
import { AggregateError, type Aggregate, type DepartmentReport } from './types'

// 汇总: the departments' reports of one year added up cell by cell. Pure: reports in, sums out.

function refuseDuplicates(reports: readonly DepartmentReport[]): void {
  const seen = new Map<string, DepartmentReport[]>()
  for (const r of reports) {
    const key = departmentKey(r.department)
    if (key === '') throw new AggregateError(`“${r.source}”没有写明机关名称，无法确定是哪个部门的报告。请先在报告中填写机关名称。`)
    seen.set(key, [...(seen.get(key) ?? []), r])
  }
  const twice = [...seen.values()].filter((rs) => rs.length > 1)
  if (twice.length > 0) {
    const parts = twice.map((rs) => `“${rs[0].department}”（${rs.map((r) => r.source).join('、')}）`)
    throw new AggregateError(`同一部门有多份报告：${parts.join('；')}。每个部门只能计入一次，请只保留其中一份。`)
  }
}

/** Adds up the reports; throws AggregateError when they cannot be (years, formats, duplicates). */
export function aggregate(reports: readonly DepartmentReport[]): Aggregate {
  const { year, format, layout, mapped } = planLayout(reports)
  refuseDuplicates(reports)
  const departments = reports.map((r) => ({
    department: r.department.trim(),
    source: r.source,
    cells: cellsInLayout(r.report.cells, layoutOf(r.report.format, r.report.cells), layout)
  }))
  const notes: string[] = []
  if (mapped.length > 0) {
    notes.push(
      `部分报告的表三“（六）其他处理”只有一行（2019年版写法），汇总表也按一行填写：${mapped.join('、')}的三个分项之和计入该行。`
    )
  }
  const cells: Cells = {}
  for (const info of cellsOf(layout)) {
    const outcome = sumValues(departments.map((d) => d.cells[info.key] ?? null))
    cells[info.key] = outcome.value
    if ('unknownBecause' in outcome) {
      const who = outcome.unknownBecause.map((i) => `${departments[i].department}填写了“${String(departments[i].cells[info.key])}”`)
      notes.push(`${describeCell(layout, info.key)}：${who.join('，')}，不是数字，此格未汇总（留空）。请先更正该部门的报告。`)
    }
  }
  return { year, format, layout, departments, cells, notes }
}
