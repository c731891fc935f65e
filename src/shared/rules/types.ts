import type { SectionKey, TextKey } from '../form/types'
import type { CellValue } from '../report/types'

export type RuleId =
  | 'C1' | 'C2' | 'C3' | 'C5' | 'C6' | 'E4' | 'X1' | 'C7' | 'T1' | 'F1' | 'S1' | 'S2' | 'S3' | 'V1' | 'H1' | 'D1'

export type Severity = 'error' | 'warning' | 'hint'

/** A one-click fix, offered only where the right value is certain. */
export interface Fix {
  /** Button text, e.g. "填入合计 65". */
  label: string
  set: Record<string, CellValue>
}

/** A span of a text section a warning concerns (the stale year, the contradicting number). */
export interface TextSpan {
  section: TextKey
  start: number
  end: number
}

export interface Warning {
  rule: RuleId
  severity: Severity
  /** Cell keys concerned, the first being the one to jump to. */
  cells: string[]
  /** Plain Chinese, with the numbers: "第一项加第二项为65，第三项加第四项为64，相差1". */
  message: string
  /** Stable identity: rule + what it concerns, never the values (acknowledgements key on it). */
  fingerprint: string
  /** Where it is shown: a section of the form, the 前言, or the document as a whole. */
  section: SectionKey | 'preface' | 'document'
  spans?: TextSpan[]
  fix?: Fix
  /** Set when the user acknowledged this warning and its cells have not changed since. */
  acknowledged?: { explanation: string; at: string }
}
