import { toHalfWidth } from '../report/values'

/** One piece of text from a document in reading order: a line of a text file or a table cell. */
export interface Token {
  text: string
  /** Where it was found, in Chinese: "第12行" or "表格2 第5行第3列". */
  where: string
  /** For table cells: the row and grid column, so values are placed by column, not by order. */
  row?: number
  col?: number
  /** How many grid columns a merged table cell covers. */
  colSpan?: number
}

const VALUE = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:件|个|项|条|次|宗|元|万元)?$/
const NA = new Set(['/', '／', '—', '——', '-', '－', '–', '\\', '无', '不适用'])

/** Signs word processors substitute for "-" and "+" (minus sign, small hyphen, non-breaking hyphen). */
export function normalizeSigns(text: string): string {
  return text.replace(/[\u2212\uFE63\u2011]/g, '-').replace(/\uFE62/g, '+')
}

/** Whether a token is a cell value (a number as people write it, or a not-applicable mark). */
export function isValueText(text: string): boolean {
  const s = normalizeSigns(toHalfWidth(text)).replace(/\s+/g, '')
  if (s === '') return false
  if (NA.has(s)) return true
  return VALUE.test(s) && /\d/.test(s)
}
