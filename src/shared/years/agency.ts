// Which stored reports are the same agency's: the name as the model stores it, spacing aside.
// Names that differ slightly (a renamed bureau, a typo) are offered for the user to pick, never joined silently.

export interface AgencyYear {
  id: string
  agency: string
  year: number
  updatedAt: string
}

/** Spacing (full-width or not) does not make a different agency, as in storage's duplicate check. */
export function agencyKey(agency: string): string {
  return agency.replace(/[\s\u3000]+/g, '')
}

function bigrams(s: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2))
  return out
}

/** Dice similarity of two names' character pairs: 1 for the same name, 0 for nothing in common. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(agencyKey(a))
  const y = bigrams(agencyKey(b))
  if (x.length === 0 || y.length === 0) return agencyKey(a) === agencyKey(b) ? 1 : 0
  const pool = new Map<string, number>()
  for (const g of y) pool.set(g, (pool.get(g) ?? 0) + 1)
  let shared = 0
  for (const g of x) {
    const n = pool.get(g) ?? 0
    if (n > 0) {
      shared++
      pool.set(g, n - 1)
    }
  }
  return (2 * shared) / (x.length + y.length)
}

/** Similar enough to offer: 市场监督管理局 renamed 市场监管局 still shares most of its pairs. */
export const SIMILAR_AT = 0.6

export interface Candidates<T extends AgencyYear> {
  /** Same agency name. */
  same: T[]
  /** A similar name, most similar first: the user decides. */
  similar: T[]
}

export function candidates<T extends AgencyYear>(reports: readonly T[], agency: string): Candidates<T> {
  const key = agencyKey(agency)
  const same = reports.filter((r) => agencyKey(r.agency) === key).sort((a, b) => a.year - b.year)
  const scored = reports
    .filter((r) => agencyKey(r.agency) !== key)
    .map((r) => ({ r, score: nameSimilarity(r.agency, agency) }))
    .filter((s) => s.score >= SIMILAR_AT)
    .sort((a, b) => b.score - a.score || a.r.year - b.r.year)
  return { same, similar: scored.map((s) => s.r) }
}

/**
 * The reports shown at first: the one the user came from, and for every other year the same
 * agency's report (the most recently edited when a year has two).
 */
export function defaultSelection<T extends AgencyYear>(reports: readonly T[], current: T): string[] {
  const byYear = new Map<number, T>([[current.year, current]])
  for (const r of candidates(reports, current.agency).same) {
    const had = byYear.get(r.year)
    if (!had || (had.id !== current.id && r.updatedAt > had.updatedAt)) byYear.set(r.year, r)
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year).map((r) => r.id)
}

/** Ticks or unticks a report; ticking one replaces any other of the same year (one report a year). */
export function toggleSelection<T extends AgencyYear>(selected: readonly string[], report: T, reports: readonly T[]): string[] {
  if (selected.includes(report.id)) return selected.filter((id) => id !== report.id)
  const sameYear = new Set(reports.filter((r) => r.year === report.year).map((r) => r.id))
  return [...selected.filter((id) => !sameYear.has(id)), report.id]
}
