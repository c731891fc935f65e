import type { ReportContent } from '../report/types'
import { applyAcknowledgements } from './acknowledge'
import { checkBalance, checkResultTotal } from './balance'
import { makeContext, type RuleContext } from './context'
import { checkCarryOver, checkCopiedNumbers } from './cross-year'
import { checkInForce } from './in-force'
import { checkDeadline } from './deadline'
import { checkDomain, checkExpectedNumbers } from './domain'
import { checkFeeReporting } from './fees'
import { checkFormatMix } from './format-mix'
import { checkReviewSuits } from './review-suits'
import { checkRowSums } from './row-sums'
import { checkStaleYears } from './stale-years'
import { checkCopiedText, checkProblemsSection } from './text-quality'
import { checkTextAgainstTables } from './text-tables'
import type { Severity, Warning } from './types'

export * from './types'
export { acknowledge, withdrawAcknowledgement, canAcknowledge, concernedValues } from './acknowledge'
export { deadlineOf } from './deadline'
export { RULE_TEXTS, ruleText, type RuleText } from './rule-texts'
export { expectedInForce } from './in-force'

export interface CheckOptions {
  /** "Today", for the deadline rule D1 (default: now). */
  today?: Date
}

/** Every rule of spec §4, in the order their warnings are listed within a severity. */
const RULES: readonly ((ctx: RuleContext) => Warning[])[] = [
  checkDomain, // C6
  checkBalance, // C1
  checkResultTotal, // C2
  checkRowSums, // C3
  checkReviewSuits, // C5
  checkFormatMix, // V1
  checkExpectedNumbers, // E4
  checkCarryOver, // X1
  checkInForce, // C7
  checkTextAgainstTables, // T1
  checkFeeReporting, // F1
  checkProblemsSection, // S1
  checkCopiedText, // S2
  checkStaleYears, // S3
  checkCopiedNumbers, // H1
  checkDeadline // D1
]

const ORDER: Record<Severity, number> = { error: 0, warning: 1, hint: 2 }

/**
 * Checks a report against every rule of the spec. Pure: same input, same warnings. Errors come
 * first, then warnings, then hints; acknowledged warnings are marked, not removed.
 */
export function checkReport(report: ReportContent, previous?: ReportContent | null, options: CheckOptions = {}): Warning[] {
  const ctx = makeContext(report, previous ?? null, options.today ?? new Date())
  const warnings: Warning[] = []
  for (const rule of RULES) for (const w of rule(ctx)) warnings.push(w)
  warnings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
  return applyAcknowledgements(report, warnings)
}
