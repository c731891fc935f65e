import { T3_APPLICANT_COLUMNS, T3_COLUMNS, T4_GROUPS, T4_OUTCOMES, t3ResultRows, type FormatId } from '../../../shared/form'
import type { CellValue, Cells } from '../../../shared/report'

// The sum an empty total cell would hold, shown greyed in the cell as a hint (never stored).

interface SumDef {
  total: string
  parts: string[]
}

const defsCache = new Map<FormatId, SumDef[]>()

/** Every total cell of the format with the cells it adds up. */
export function totalDefs(format: FormatId): SumDef[] {
  let defs = defsCache.get(format)
  if (defs) return defs
  defs = []
  const rows = ['new', 'carriedOver', ...t3ResultRows(format), 'total', 'carriedForward']
  // 总计 column (C3) of every row of 三, except （七）总计 whose total comes from the row below.
  for (const row of rows) {
    defs.push({ total: `t3.${row}.total`, parts: T3_APPLICANT_COLUMNS.map((c) => `t3.${row}.${c}`) })
  }
  // （七）总计 row (C2), every column but 总计 (already covered by its own row sum above).
  for (const col of T3_COLUMNS.map((c) => c.key).filter((c) => c !== 'total')) {
    defs.push({ total: `t3.total.${col}`, parts: t3ResultRows(format).map((r) => `t3.${r}.${col}`) })
  }
  // Each group of 四 (C5).
  for (const g of T4_GROUPS) {
    defs.push({
      total: `t4.${g.key}.total`,
      parts: T4_OUTCOMES.filter((o) => o.key !== 'total').map((o) => `t4.${g.key}.${o.key}`)
    })
  }
  defsCache.set(format, defs)
  return defs
}

const isNum = (v: CellValue | undefined): v is number => typeof v === 'number'

/** Hints for blank total cells whose parts hold at least one number. */
export function totalHints(format: FormatId, cells: Cells): Map<string, number> {
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
