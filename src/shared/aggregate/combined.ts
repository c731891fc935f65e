import type { ReportContent } from '../report/types'
import type { Aggregate } from './types'

// The 汇总 as a report of its own: the sums, text sections left for the user to write, and the
// publication deadline of a government's own report (31 March).

export function combinedReport(agg: Aggregate, agency: string): ReportContent {
  return {
    agency: agency.trim(),
    year: agg.year,
    format: agg.format,
    cells: { ...agg.cells },
    text: { overview: '', problems: '', other: '' },
    deadline: 'government'
  }
}
