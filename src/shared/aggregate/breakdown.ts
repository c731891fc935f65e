import { cellInfo, describeCell } from '../form/cells'
import type { CellValue } from '../report/types'
import type { Aggregate } from './types'

// One cell of a 汇总, department by department: where its sum comes from.

export interface CellBreakdown {
  key: string
  /** "表三 › 一、本年新收政府信息公开申请数量 › 申请人情况 › 自然人" */
  label: string
  rows: { department: string; source: string; value: CellValue }[]
  sum: CellValue
}

export function breakdownOf(agg: Aggregate, key: string): CellBreakdown | undefined {
  if (!cellInfo(agg.layout, key)) return undefined
  return {
    key,
    label: describeCell(agg.layout, key),
    rows: agg.departments.map((d) => ({ department: d.department, source: d.source, value: d.cells[key] ?? null })),
    sum: agg.cells[key] ?? null
  }
}
