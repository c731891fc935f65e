import { REPORT_YEARS } from '../../shared/report/types'

// Bounds on what the app accepts from the renderer and from disk: generous for real reports
// (a long 总体情况 is about 20 000 characters), small enough that a hostile message cannot
// make the main process write megabytes.

export const LIMITS = {
  idLength: 64,
  agencyLength: 200,
  textSectionLength: 200_000,
  cellTextLength: 1_000,
  shortTextLength: 1_000,
  acknowledgements: 2_000,
  /** Figures of the text linked to their cells (生成表述). */
  textLinks: 5_000,
  /** Keys of computed total cells: far more than the form has. */
  computedTotals: 1_000,
  /** The clerk's title breaks: far more rows than the 4 allowed, so a half-typed edit still saves. */
  titleBreakLines: 100,
  /** Largest serialised request accepted over IPC, in characters. */
  requestChars: 4_000_000,
  /** Nesting depth of a request object. */
  depth: 12,
  minYear: REPORT_YEARS.min,
  maxYear: REPORT_YEARS.max
} as const

/** Report and snapshot ids: also used as file names, so never anything that can form a path. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/
