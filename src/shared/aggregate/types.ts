import type { FormatId, LayoutId } from '../form/types'
import type { Cells, ReportContent } from '../report/types'

// 汇总: several departments' reports of one year added up into one report.

/** One department's report as it enters a 汇总: who it is, where it came from, what it holds. */
export interface DepartmentReport {
  /** The department's name: the report's agency. */
  department: string
  /** Where the report came from: a file name or "已存报告". */
  source: string
  report: ReportContent
}

/** A 汇总 that could be built: the sums, and each department's cells in the same layout. */
export interface Aggregate {
  year: number
  format: FormatId
  /** The layout of the sums (and of every department's `cells` below). */
  layout: LayoutId
  departments: { department: string; source: string; cells: Cells }[]
  /** Cell key → sum. Blank where every department left the cell blank. */
  cells: Cells
  /** Plain-Chinese notes: cells whose sum could not be formed, rows mapped between layouts. */
  notes: string[]
}

/** Reports that cannot be added up (different years or formats, the same department twice). */
export class AggregateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AggregateError'
  }
}
