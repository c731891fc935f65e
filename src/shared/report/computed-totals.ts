import { sumRelations, type LayoutId, type SumRelation } from '../form'
import type { CellValue, Cells } from './types'

// 总计 cells the editor fills from their parts (the sums of the form definition, C2/C3/C5). A
// computed total is an ordinary number in `cells`, so the rules, the export and undo see it like
// any other; the report also lists which totals hold a computed value (`computed`), so a number the
// clerk typed is never overwritten and one they clear becomes computed again.

/** A total and the parts it adds up: one definition per total cell. */
export interface TotalDef {
  total: string
  parts: readonly string[]
}

const defsCache = new Map<LayoutId, TotalDef[]>()

/**
 * One sum per total cell. （七）总计·总计 is both the row sum of （七）总计 (C3) and the column sum of
 * 总计 (C2): the row sum is used, so a mistyped row total shows up as a C2 difference instead of
 * being copied into the grand total.
 */
export function totalDefs(layout: LayoutId): readonly TotalDef[] {
  let defs = defsCache.get(layout)
  if (!defs) {
    const seen = new Set<string>()
    defs = sumRelations(layout)
      .filter((r: SumRelation) => !seen.has(r.total) && seen.add(r.total))
      .map((r) => ({ total: r.total, parts: r.parts }))
    defsCache.set(layout, defs)
  }
  return defs
}

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || v === ''

/**
 * The sum of a total's parts as they stand: blank and "/" count as nothing; undefined when no part
 * holds a number yet, or when one holds text (C6 asks to correct it first; a sum would be a guess).
 */
export function sumOfParts(cells: Cells, parts: readonly string[]): number | undefined {
  let sum = 0
  let any = false
  for (const k of parts) {
    const v = cells[k]
    if (typeof v === 'number') {
      sum += v
      any = true
    } else if (!isBlank(v) && v !== '/') return undefined
  }
  // Decimal parts (万元) must not print as 0.30000000000000004.
  return any ? Math.round(sum * 1e6) / 1e6 : undefined
}

export interface TotalsResult {
  cells: Cells
  computed: readonly string[]
}

/**
 * Fills every total that is blank or computed from its parts, repeatedly, so a total of totals
 * follows (（七）总计·总计 from the （七）总计 row). A typed total is left alone. A computed total
 * whose parts hold no number any more is cleared. Returns the same objects when nothing changed.
 */
export function fillTotals(layout: LayoutId, cells: Cells, computed: readonly string[] = []): TotalsResult {
  const set = new Set(computed)
  let out = cells
  const write = (key: string, v: CellValue) => {
    if (out === cells) out = { ...cells }
    out[key] = v
  }
  // Three passes reach the grand total (part → column total → row total of the totals).
  for (let pass = 0, changed = true; changed && pass < 4; pass++) {
    changed = false
    for (const def of totalDefs(layout)) {
      if (!(def.total in out)) continue
      const current = out[def.total]
      const mine = set.has(def.total)
      if (!mine && !isBlank(current)) continue
      const sum = sumOfParts(out, def.parts)
      if (sum === undefined) {
        if (mine) {
          set.delete(def.total)
          if (!isBlank(current)) {
            write(def.total, null)
            changed = true
          }
        }
        continue
      }
      set.add(def.total)
      if (current !== sum) {
        write(def.total, sum)
        changed = true
      }
    }
  }
  const same = set.size === computed.length && computed.every((k) => set.has(k))
  return { cells: out, computed: same ? computed : [...set].sort() }
}

/**
 * The clerk set these cells (typed, pasted, cleared, a fix): a total they set is theirs from now on,
 * unless they cleared it, which hands it back to the computation. Then the totals are filled.
 */
export function applyCellEdit(layout: LayoutId, cells: Cells, computed: readonly string[], set: Record<string, CellValue>): TotalsResult {
  const typed = new Set(Object.keys(set))
  const remaining = computed.filter((k) => !typed.has(k))
  return fillTotals(layout, { ...cells, ...set }, remaining)
}

/** True when a total is computed and some cell it rests on is still blank: a running sum, not a final one. */
export function isProvisional(layout: LayoutId, cells: Cells, computed: readonly string[], key: string): boolean {
  if (!computed.includes(key)) return false
  const def = totalDefs(layout).find((d) => d.total === key)
  if (!def) return false
  return def.parts.some((p) => isBlank(cells[p]) || isProvisional(layout, cells, computed, p))
}

/**
 * The computed list read from a file: only total cells of this layout whose value is the sum of
 * their parts as they stand. Anything else (an unknown key, a total whose number differs from its
 * parts, not a list at all) is dropped, so a hand-edited file leaves those totals typed, never wrong.
 */
export function validComputed(layout: LayoutId, cells: Cells, raw: unknown): string[] {
  if (!Array.isArray(raw)) return []
  const defs = new Map(totalDefs(layout).map((d) => [d.total, d.parts]))
  const kept = new Set<string>()
  for (const key of raw) {
    if (typeof key !== 'string') continue
    const parts = defs.get(key)
    const value = cells[key]
    if (parts && typeof value === 'number' && sumOfParts(cells, parts) === value) kept.add(key)
  }
  return [...kept].sort()
}
