import { isValueText, type Token } from './tokens'

/** A table row as read: its label texts and its value cells (each with a column position). */
export interface ReadRow {
  labels: Token[]
  values: Token[]
  /** True when values carry real grid columns (a table); false for text read in order. */
  grid: boolean
  /**
   * Text whose cell boundaries are kept (a `|` or tab row): values stand in their places from the
   * row's first value on, so a row cut short still places the values it has.
   */
  bounded?: boolean
}

/**
 * Text copied out of a document loses the table: a row is recovered as the labels before a run of
 * values. Value positions are their order (1, 2, …), matching the form's column order. An empty
 * token is a blank cell where the text shows one (an empty line in a cell-per-line copy); before a
 * row's first label it is padding.
 */
export function rowsFromText(tokens: readonly Token[]): ReadRow[] {
  const rows: ReadRow[] = []
  let cur: ReadRow = { labels: [], values: [], grid: false }
  for (const t of tokens) {
    if (t.text.trim() === '') {
      if (cur.labels.length > 0 || cur.values.length > 0) cur.values.push({ ...t, text: '', col: cur.values.length + 1 })
      continue
    }
    if (isValueText(t.text)) {
      cur.values.push({ ...t, col: cur.values.length + 1 })
    } else {
      if (cur.values.length > 0) {
        rows.push(cur)
        cur = { labels: [], values: [], grid: false }
      }
      cur.labels.push(t)
    }
  }
  if (cur.labels.length > 0 || cur.values.length > 0) rows.push(cur)
  return rows
}

/** One table row from a dense grid: cells before `firstValueCol` are labels, the rest values. */
export function rowFromGrid(cells: readonly Token[], firstValueCol: number): ReadRow {
  return {
    labels: cells.filter((c) => (c.col ?? 0) < firstValueCol && c.text.trim() !== ''),
    values: cells.filter((c) => (c.col ?? 0) >= firstValueCol),
    grid: true
  }
}
