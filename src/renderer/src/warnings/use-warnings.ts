import { useEffect, useMemo, useState } from 'react'
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

/** A warning without its fix, until the fix is checked. */
function unchecked(w: Warning): Warning {
  if (!w.fix) return w
  const { fix: _unchecked, ...rest } = w
  return rest
}

interface Checked {
  report: Report
  /** The day the deadline rule (D1) was checked against: the fixes are checked against the same. */
  today: Date
  warnings: Warning[]
  failure: string | null
}

/**
 * The rule engine's warnings for the report as it is now, recomputed only when it changes. Every
 * fix offered is checked first (fix-ranking: applied to a copy, the rules run again); that costs a
 * check per fix, so it runs just after the keystroke's frame, and until it has, no fix is offered.
 * Listed calmly: no "no number" warnings for rows not started (see calm-start).
 */
export function useWarnings(
  report: Report,
  previous: Report | null,
  autoTotals = false
): { warnings: Warning[]; index: WarningIndex; notes: Map<string, string>; failure: string | null } {
  const plain = useMemo<Checked>(() => {
    const today = new Date()
    // The engine marks acknowledged warnings itself. A failing check must never stop the editing.
    try {
      return { report, today, warnings: checkReport(report, previous, { today }), failure: null }
    } catch (e) {
      return { report, today, warnings: [], failure: e instanceof Error ? e.message : String(e) }
    }
  }, [report, previous])

  const [ranked, setRanked] = useState<{ from: Checked; warnings: Warning[] } | null>(null)
  useEffect(() => {
    if (!plain.warnings.some((w) => w.fix || w.rule === 'E4')) return
    const timer = setTimeout(() => {
      try {
        const check = (r: ReportContent) => checkReport(r, previous, { today: plain.today })
        setRanked({ from: plain, warnings: rankFixes(plain.report, plain.warnings, { check, apply: applyAs(autoTotals) }) })
      } catch (e) {
        // Fixes stay withheld: offering an unchecked one is worse than offering none.
        console.error('检查一键更正失败', e)
      }
    }, 0)
    return () => clearTimeout(timer)
  }, [plain, previous, autoTotals])

  return useMemo(() => {
    const all = ranked?.from === plain ? ranked.warnings : plain.warnings.map(unchecked)
    const warnings = calmWarnings(all, layoutOf(plain.report.format, plain.report.cells), plain.report.cells)
    const index = indexWarnings(forCellMarks(warnings))
    const notes = new Map<string, string>()
    for (const [key, list] of index.byCell) notes.set(key, list.filter((w) => !w.acknowledged).map((w) => w.message).join('\n'))
    return { warnings, index, notes, failure: plain.failure }
  }, [plain, ranked])
}
