import { sumRelations, type LayoutId, type SumRelation } from '../../../shared/form'
import type { CellValue, Cells } from '../../../shared/report'

// The sum an empty total cell would hold, shown greyed in the cell as a hint (never stored).

const defsCache = new Map<LayoutId, SumRelation[]>()

/** One sum per total cell: （七）总计·总计 is both a row and a column total; its row sum (C3) is shown. */
function totalDefs(format: LayoutId): SumRelation[] {
  let defs = defsCache.get(format)
  if (!defs) {
    const seen = new Set<string>()
    defs = sumRelations(format).filter((r) => !seen.has(r.total) && seen.add(r.total))
    defsCache.set(format, defs)
  }
  return defs
}

const isNum = (v: CellValue | undefined): v is number => typeof v === 'number'

/** Hints for blank total cells whose parts hold at least one number. */
export function totalHints(format: LayoutId, cells: Cells): Map<string, number> {
  const hints = new Map<string, number>()
  for (const def of totalDefs(format)) {
    const current = cells[def.total]
    if (current !== null && current !== undefined && current !== '') continue
    const nums = def.parts.map((k) => cells[k]).filter(isNum)
    if (nums.length === 0) continue
    hints.set(def.total, nums.reduce((a, b) => a + b, 0))
  }
  return hints
}
