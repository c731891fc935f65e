import { useMemo } from 'react'
import { layoutOf } from '../../../shared/form'
import type { Report } from '../../../shared/report'
import { checkReport, type Warning } from '../../../shared/rules'
import { calmWarnings, forCellMarks } from './calm-start'
import { indexWarnings, type WarningIndex } from './warning-index'

/**
 * The rule engine's warnings for the report as it is now, recomputed only when it changes; listed
 * calmly (no "no number" warnings for tables and rows not started: see calm-start).
 */
export function useWarnings(report: Report, previous: Report | null): { warnings: Warning[]; index: WarningIndex; notes: Map<string, string>; failure: string | null } {
  return useMemo(() => {
    // The engine marks acknowledged warnings itself. A failing check must never stop the editing.
    let warnings: Warning[] = []
    let failure: string | null = null
    try {
      warnings = calmWarnings(checkReport(report, previous), layoutOf(report.format, report.cells), report.cells)
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e)
    }
    const index = indexWarnings(forCellMarks(warnings))
    const notes = new Map<string, string>()
    for (const [key, list] of index.byCell) notes.set(key, list.filter((w) => !w.acknowledged).map((w) => w.message).join('\n'))
    return { warnings, index, notes, failure }
  }, [report, previous])
}
