import type { LayoutId } from '../../../shared/form'
import { sumOfParts, totalDefs, type Cells } from '../../../shared/report'

// With 自动合计 turned off: the sum an empty total cell would hold, shown greyed in the cell as a
// hint (never stored). The same sums as the computed totals (shared/report/computed-totals).

/** Hints for blank total cells whose parts hold at least one number. */
export function totalHints(format: LayoutId, cells: Cells): Map<string, number> {
  const hints = new Map<string, number>()
  for (const def of totalDefs(format)) {
    const current = cells[def.total]
    if (current !== null && current !== undefined && current !== '') continue
    const sum = sumOfParts(cells, def.parts)
    if (sum !== undefined) hints.set(def.total, sum)
  }
  return hints
}

const NONE: ReadonlySet<string> = new Set()

/** The totals to draw as computed: those the report lists as computed, when computing is on. */
export function computedShown(on: boolean, computed: readonly string[] | undefined): ReadonlySet<string> {
  return on && computed?.length ? new Set(computed) : NONE
}
