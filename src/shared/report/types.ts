import type { FormatId, TextSectionKey } from '../form/types'

/** Years a report can be for: from the first year of the original 条例 (2008) on. */
export const REPORT_YEARS = { min: 2008, max: 2100 } as const

export function isReportYear(year: number): boolean {
  return Number.isInteger(year) && year >= REPORT_YEARS.min && year <= REPORT_YEARS.max
}

/** "/": the cell is marked not applicable. It is never the same as 0. */
export const NOT_APPLICABLE = '/'

/**
 * A cell's value: a number; null for blank; "/" for not applicable; any other string is text the
 * user typed or a document held that is not a number. It is kept (never dropped or turned into 0)
 * and flagged by rule C6 until corrected.
 */
export type CellValue = number | null | string

export type Cells = Record<string, CellValue>

/**
 * The text sections, and the 前言 (the opening paragraph above 一、总体情况). An empty or missing 前言
 * means "the generated default" (shared/report/preface.ts), so reports older than the field export as before.
 */
export type ReportText = Record<TextSectionKey, string> & { preface?: string }

export interface AgencyContact {
  address: string
  postcode: string
  phone: string
  email: string
  website: string
}

/** 31 January for a county-or-higher government department; 31 March for a government's own report. */
export type DeadlineKind = 'department' | 'government'

export interface Acknowledgement {
  /** The warning's fingerprint (rule + what it concerns, never the numbers). */
  fingerprint: string
  rule: string
  explanation: string
  /** The values of the concerned cells when acknowledged: any change re-opens the warning. */
  values: Record<string, CellValue>
  at: string
}

/**
 * A figure of a text section inserted from the tables (生成表述), kept linked to its cells: T1 flags
 * it once the tables say otherwise, with a one-click update. No marker is put in the text: the
 * figure is found again by the words right before it and the unit after it.
 */
export interface TextLink {
  section: TextSectionKey
  /** Where the figure stood when last placed: a hint, the anchor finds it after edits. */
  start: number
  end: number
  /** The words right before the figure, within its sentence, and the unit right after ("件", "%"). */
  before: string
  after: string
  /** The figure is the sum of these cells … */
  cells: string[]
  /** … or, when set, that sum as a percentage of the sum of these, written with `decimals` decimals. */
  base?: string[]
  decimals?: number
  /** The figure as written when inserted (or last updated). */
  value: number
  /**
   * Set for a statement that says its cells are 0 in words ("未收到政府信息公开申请"): the id of the
   * drafted statement; `before` is then its whole text, `after` is empty and `value` is 0.
   */
  statement?: string
}

/** One report of one agency for one year, as the whole app sees it. */
export interface Report {
  id: string
  agency: string
  year: number
  format: FormatId
  cells: Cells
  text: ReportText
  contact: AgencyContact
  deadline: DeadlineKind
  /** Optional sign-off at the end of the document: agency name and date (YYYY-MM-DD). */
  signOff: { enabled: boolean; date: string }
  acknowledgements: Acknowledgement[]
  /** Figures of the text inserted from the tables; absent in reports saved before drafting existed. */
  textLinks?: TextLink[]
  /** Total cells whose number the editor computed from their parts (absent: none); see computed-totals. */
  computed?: string[]
  /** The clerk's own title breaks (标题分行), one line each; absent: automatic. Ignored when they no longer join to the title. */
  titleBreaks?: string[]
  /** The stored report of the previous year, used by the cross-year rules (X1, C7, H1, S2). */
  previousId: string | null
  createdAt: string
  updatedAt: string
}

/** The part of a report the rules and the exchange file need. */
export type ReportContent = Pick<Report, 'agency' | 'year' | 'format' | 'cells' | 'text'> &
  Partial<Pick<Report, 'acknowledgements' | 'deadline' | 'textLinks' | 'computed'>>

export const EMPTY_CONTACT: AgencyContact = { address: '', postcode: '', phone: '', email: '', website: '' }
