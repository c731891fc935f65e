import { cellsOf, describeCell } from '../form/cells'
import { formatCellValue } from '../report/values'
import type { Aggregate } from './types'

// The breakdown as a spreadsheet: one row per cell (key and label), one column per department,
// then the sum. UTF-8 with a byte order mark and CRLF lines, which Excel and WPS open as Chinese.

const BOM = '\uFEFF'

function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

export function breakdownCsv(agg: Aggregate): string {
  const header = ['单元格', '项目', ...agg.departments.map((d) => d.department), '合计']
  const lines = [header]
  for (const info of cellsOf(agg.layout)) {
    const values = agg.departments.map((d) => formatCellValue(d.cells[info.key]))
    lines.push([info.key, describeCell(agg.layout, info.key), ...values, formatCellValue(agg.cells[info.key])])
  }
  return BOM + lines.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n'
}
