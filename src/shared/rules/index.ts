import type { ReportContent } from '../report/types'
import type { Warning } from './types'

export * from './types'

export interface CheckOptions {
  /** "Today", for the deadline rule D1. */
  today?: Date
}

/**
 * Checks a report against every rule of the spec. Pure: same input, same warnings.
 * TEMPORARY STUB until the rule engine lands (issue 2): returns no warnings.
 */
export function checkReport(_report: ReportContent, _previous?: ReportContent | null, _options: CheckOptions = {}): Warning[] {
  return []
}
