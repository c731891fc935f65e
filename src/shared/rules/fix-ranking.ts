import { layoutOf } from '../form'
import { sumOfParts, totalDefs } from '../report/computed-totals'
import type { CellValue, ReportContent } from '../report/types'
import { cellName } from './context'
import type { Fix, Severity, Warning } from './types'

// The one-click fixes the editor offers, checked before they are offered. Where several sums
// disagree, the cell they share is usually the one mistyped: changing it resolves them all, while
// each sum's own fix ("改为 the sum") would copy the mistake into the next total. So candidates
// come from every open warning, each is applied to a copy of the report and the rules are run
// again, and a warning is offered the candidate that resolves the most without making any other
// check fail. A fix that would make anything worse is never offered.

export interface FixCheck {
  /** The rules over a changed report: checkReport with the same last year and day. */
  check: (report: ReportContent) => Warning[]
  /** How the editor applies a fix (the cells set, then totals computed); default: the cells set. */
  apply?: (report: ReportContent, set: Record<string, CellValue>) => ReportContent
  /** Most candidates checked per call: the editor checks on every keystroke. */
  limit?: number
}

/** Rules whose warning is "a total ≠ the sum of its parts", cells = [total, ...parts]. */
const SUM_RULES = new Set(['C2', 'C3', 'C5'])
/** Rules of arithmetic between cells: a cell shared with one of these may be the mistyped one. */
const ARITHMETIC = new Set(['C1', 'C2', 'C3', 'C5'])

const WEIGHT: Record<Severity, number> = { error: 100, warning: 10, hint: 1 }
const isOpen = (w: Warning) => !w.acknowledged
const fails = (w: Warning) => isOpen(w) && w.severity !== 'hint'

interface Candidate {
  fix: Fix
  /** The warnings that proposed it: their own fix is preferred on a tie. */
  from: Set<string>
}

const setCells = (report: ReportContent, set: Record<string, CellValue>): ReportContent => ({ ...report, cells: { ...report.cells, ...set } })

/** The value of `key` that makes a sum warning's total equal the sum of its parts, if a count can hold it. */
function balancingValue(report: ReportContent, w: Warning, key: string): number | undefined {
  const [total, ...parts] = w.cells
  const nums = w.cells.map((k) => report.cells[k])
  if (!nums.every((v) => typeof v === 'number')) return undefined
  const partSum = parts.reduce((a, k) => a + (report.cells[k] as number), 0)
  if (key === total) return partSum
  const v = (report.cells[total] as number) - (partSum - (report.cells[key] as number))
  return v >= 0 ? Math.round(v * 1e6) / 1e6 : undefined
}

/** Fixes worth trying for one warning: its own, the shared cells of disagreeing sums, a blank total's sum. */
function proposals(report: ReportContent, w: Warning, open: readonly Warning[]): Fix[] {
  const layout = layoutOf(report.format, report.cells)
  const out: Fix[] = []
  if (w.fix) out.push(w.fix)
  if (SUM_RULES.has(w.rule) && w.severity === 'error') {
    for (const key of w.cells) {
      const shared = open.some((o) => o !== w && o.severity === 'error' && ARITHMETIC.has(o.rule) && o.cells.includes(key))
      if (!shared) continue
      const v = balancingValue(report, w, key)
      if (v === undefined || v === report.cells[key]) continue
      out.push({ label: `将“${cellName(layout, key)}”改为${v}`, set: { [key]: v } })
    }
  }
  if (w.rule === 'E4' && !w.fix) {
    // An empty total whose parts are all filled: its sum is certain.
    const set: Record<string, CellValue> = {}
    for (const def of totalDefs(layout)) {
      if (!w.cells.includes(def.total)) continue
      const v = report.cells[def.total]
      if (v !== null && v !== undefined && v !== '') continue
      if (def.parts.some((p) => report.cells[p] === null || report.cells[p] === undefined || report.cells[p] === '')) continue
      const sum = sumOfParts(report.cells, def.parts)
      if (sum !== undefined) set[def.total] = sum
    }
    const keys = Object.keys(set)
    if (keys.length === 1) out.push({ label: `填入${set[keys[0]]}`, set })
    else if (keys.length > 1) out.push({ label: `填入${keys.length}个合计`, set })
  }
  return out
}

/** Score of the warnings a fix makes go away, errors first; -1 when it makes any check fail that did not. */
function judge(before: readonly Warning[], after: readonly Warning[]): { score: number; gone: Set<string>; shrunk: Set<string> } | undefined {
  const was = new Map(before.filter(fails).map((w) => [w.fingerprint, w]))
  const now = new Map(after.filter(fails).map((w) => [w.fingerprint, w]))
  for (const [fp, w] of now) {
    const old = was.get(fp)
    // A new failing check, or an old one made worse (a warning now an error, more cells concerned).
    if (!old || WEIGHT[w.severity] > WEIGHT[old.severity] || w.cells.length > old.cells.length) return undefined
  }
  let score = 0
  const gone = new Set<string>()
  const shrunk = new Set<string>()
  for (const [fp, w] of was) {
    const still = now.get(fp)
    if (!still) {
      gone.add(fp)
      score += WEIGHT[w.severity]
    } else if (still.cells.length < w.cells.length) shrunk.add(fp)
  }
  return { score, gone, shrunk }
}

/**
 * The warnings with their fixes checked and ranked: each open warning carries the fix that
 * resolves it (or, for a list of blanks, shortens it) and resolves the most else, provided it makes
 * nothing fail; a warning no such fix exists for carries none.
 */
export function rankFixes(report: ReportContent, warnings: readonly Warning[], opts: FixCheck): Warning[] {
  const apply = opts.apply ?? setCells
  const limit = opts.limit ?? 60
  const open = warnings.filter(isOpen)
  const candidates = new Map<string, Candidate>()
  for (const w of open) {
    for (const fix of proposals(report, w, open)) {
      const id = JSON.stringify(Object.entries(fix.set).sort())
      const c = candidates.get(id)
      if (c) c.from.add(w.fingerprint)
      else candidates.set(id, { fix, from: new Set([w.fingerprint]) })
    }
  }
  const judged: { c: Candidate; score: number; gone: Set<string>; shrunk: Set<string> }[] = []
  for (const c of [...candidates.values()].slice(0, limit)) {
    const verdict = judge(warnings, opts.check(apply(report, c.fix.set)))
    if (verdict) judged.push({ c, ...verdict })
  }
  return warnings.map((w) => {
    if (!isOpen(w)) return w
    let best: (typeof judged)[number] | undefined
    for (const j of judged) {
      if (!j.gone.has(w.fingerprint) && !j.shrunk.has(w.fingerprint)) continue
      const better = !best || j.score > best.score || (j.score === best.score && j.c.from.has(w.fingerprint) && !best.c.from.has(w.fingerprint))
      if (better) best = j
    }
    if (!best) {
      if (!w.fix) return w
      const { fix: _dropped, ...rest } = w
      return rest
    }
    return best.c.fix === w.fix ? w : { ...w, fix: best.c.fix }
  })
}
