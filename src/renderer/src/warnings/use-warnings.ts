import { useMemo } from 'react'
import { layoutOf } from '../../../shared/form'
import { applyCellEdit, type CellValue, type Report, type ReportContent } from '../../../shared/report'
import { checkReport, type Warning } from '../../../shared/rules'
import { rankFixes } from '../../../shared/rules/fix-ranking'
import { calmWarnings, forCellMarks } from './calm-start'
import { indexWarnings, type WarningIndex } from './warning-index'

/** A fix applied as the editor applies it: the cells set, then (when on) the totals computed. */
function applyAs(autoTotals: boolean) {
  return (r: ReportContent, set: Record<string, CellValue>): ReportContent => {
    if (!autoTotals) return { ...r, cells: { ...r.cells, ...set } }
    const { cells, computed } = applyCellEdit(layoutOf(r.format, r.cells), r.cells, r.computed ?? [], set)
    return { ...r, cells, computed: [...computed] }
  }
}

/**
 * The rule engine's warnings for the report as it is now, recomputed only when it changes; listed
 * calmly (no "no number" warnings for tables and rows not started: see calm-start).
 */
export function useWarnings(
  report: Report,
  previous: Report | null,
  autoTotals = false
): { warnings: Warning[]; index: WarningIndex; notes: Map<string, string>; failure: string | null } {
  return useMemo(() => {
    // The engine marks acknowledged warnings itself. A failing check must never stop the editing.
    let warnings: Warning[] = []
    let failure: string | null = null
    try {
      const today = new Date()
      const check = (r: ReportContent) => checkReport(r, previous, { today })
      // Every fix offered is checked first: it must not make another rule fail (see fix-ranking).
      warnings = calmWarnings(rankFixes(report, check(report), { check, apply: applyAs(autoTotals) }), layoutOf(report.format, report.cells), report.cells)
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e)
    }
    const index = indexWarnings(forCellMarks(warnings))
    const notes = new Map<string, string>()
    for (const [key, list] of index.byCell) notes.set(key, list.filter((w) => !w.acknowledged).map((w) => w.message).join('\n'))
    return { warnings, index, notes, failure }
  }, [report, previous, autoTotals])
}
