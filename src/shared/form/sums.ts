import { cellKey } from './cells'
import { T3_APPLICANT_COLUMNS, T3_COLUMNS, t3ResultRows } from './t3'
import { T4_GROUPS, T4_OUTCOMES } from './t4'
import { LAYOUTS } from './formats'
import type { LayoutId } from './types'

// The form's arithmetic, as data: every total cell and the cells it adds up. The sum rules (C2, C3,
// C5) check these and the editor hints an empty total's sum from the same list.

export interface SumRelation {
  rule: 'C2' | 'C3' | 'C5'
  /** What the sum runs along: the row of 三 (C3), the column of 三 (C2), the group of 四 (C5). */
  along: string
  total: string
  parts: readonly string[]
}

const cache = new Map<LayoutId, readonly SumRelation[]>()

/** C3 for every row of 三, then C2 for every column of 三, then C5 for each group of 四. */
export function sumRelations(format: LayoutId): readonly SumRelation[] {
  let out = cache.get(format)
  if (out) return out
  const t3 = LAYOUTS[format].tables.t3
  const rows = t3.rows.map((r) => r.key)
  const results = t3ResultRows(t3)
  const outcomes = T4_OUTCOMES.filter((o) => o.key !== 'total')
  out = [
    ...rows.map((row) => ({
      rule: 'C3' as const,
      along: row,
      total: cellKey('t3', row, 'total'),
      parts: T3_APPLICANT_COLUMNS.map((c) => cellKey('t3', row, c))
    })),
    ...T3_COLUMNS.map((column) => ({
      rule: 'C2' as const,
      along: column.key,
      total: cellKey('t3', 'total', column.key),
      parts: results.map((r) => cellKey('t3', r, column.key))
    })),
    ...T4_GROUPS.map((group) => ({
      rule: 'C5' as const,
      along: group.key,
      total: cellKey('t4', '', `${group.key}.total`),
      parts: outcomes.map((o) => cellKey('t4', '', `${group.key}.${o.key}`))
    }))
  ]
  cache.set(format, out)
  return out
}
