import { useMemo } from 'react'
import type { Report } from '../../../shared/report'
import { checkReport, type Warning } from '../../../shared/rules'
import { indexWarnings, type WarningIndex } from './warning-index'

/** The rule engine's warnings for the report as it is now, recomputed only when it changes. */
export function useWarnings(report: Report, previous: Report | null): { warnings: Warning[]; index: WarningIndex; notes: Map<string, string> } {
  return useMemo(() => {
    // The engine marks acknowledged warnings itself.
    const warnings = checkReport(report, previous)
    const index = indexWarnings(warnings)
    const notes = new Map<string, string>()
    for (const [key, list] of index.byCell) notes.set(key, list.filter((w) => !w.acknowledged).map((w) => w.message).join('\n'))
    return { warnings, index, notes }
  }, [report, previous])
}
