import type { ValueKind } from '../form/types'
import { NOT_APPLICABLE, type CellValue } from './types'

// Turning what people type or paste (and what documents hold) into cell values, and back.

/** Marks real documents use for "not applicable". */
const NA_MARKS = new Set(['/', '／', '—', '——', '-', '－', '–', '无', '不适用', '\\'])

/** Full-width digits, signs and separators to their ASCII forms. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ')
}

export interface ParsedInput {
  value: CellValue
  /** Set when the input is not a valid value for the kind: a plain Chinese reason. */
  error?: string
}

/**
 * Reads a cell input: blank, "/" (and its variants), or a number written the way people write
 * them ("1,234", "0件", "+12", "3,920,141.46元", "１２"). Anything else is kept as text with an error.
 */
export function parseCellInput(raw: string, kind: ValueKind): ParsedInput {
  const s = toHalfWidth(raw).replace(/\s+/g, '')
  if (s === '') return { value: null }
  if (NA_MARKS.has(s)) return { value: NOT_APPLICABLE }
  const m = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(件|个|项|条|次|宗|元|万元)?$/.exec(s)
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    return { value: raw.trim(), error: `“${raw.trim()}”不是数字：请填写数字，不适用的填“/”` }
  }
  const n = Number(`${m[1]}${(m[2] ?? '0').replace(/,/g, '')}${m[3] ?? ''}`)
  const problem = valueProblem(n, kind)
  return problem ? { value: n, error: problem } : { value: n }
}

/** Why a number is not allowed in a cell of this kind, or undefined when it is fine. */
export function valueProblem(n: number, kind: ValueKind): string | undefined {
  if (!Number.isFinite(n)) return '不是有效的数字'
  if (kind === 'amount') return n < 0 ? '金额不能为负数' : undefined
  if (!Number.isInteger(n)) return '应填写整数'
  if (kind === 'count' && n < 0) return '件数不能为负数'
  return undefined
}

export function isNumber(v: CellValue | undefined): v is number {
  return typeof v === 'number'
}

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || v === ''
}

export function isNotApplicable(v: CellValue | undefined): boolean {
  return v === NOT_APPLICABLE
}

/** Text that is neither blank, "/" nor a number: what C6 flags. */
export function isInvalidText(v: CellValue | undefined): v is string {
  return typeof v === 'string' && v !== '' && v !== NOT_APPLICABLE
}

/** How a value is shown in a cell (the editor and the documents). */
export function formatCellValue(v: CellValue | undefined): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'number') return String(v)
  return v
}
