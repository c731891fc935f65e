import type { TableLayout } from '../../../shared/form'
import { parseCellInput } from '../../../shared/report'

// A block copied from Excel or WPS often carries the row names in its first column(s). Those are
// recognised by the form's own row labels and left out, so the numbers land in the value cells;
// when the names say the block belongs to other rows than the ones selected, it goes to the rows it
// names, and when they cannot be matched it is not pasted at all (a wrong number is worse than none).

/**
 * A label reduced to its words: full-width forms folded (NFKC), the leading numbering dropped
 * (三、 （一） 1. ２．), then every space and punctuation mark removed.
 */
export function normalizeLabel(text: string): string {
  let s = text.normalize('NFKC').trim()
  const numbering = /^\s*(?:\(\s*[一二三四五六七八九十\d]+\s*\)|[一二三四五六七八九十]+\s*[、.]|\d+\s*[、.)])\s*/u
  for (let m = s.match(numbering); m; m = s.match(numbering)) s = s.slice(m[0].length)
  return s.replace(/[\s\p{P}\p{S}]/gu, '')
}

/** The printed label of each row of value cells, in the grid model's row order ('' where none). */
export function rowLabels(layout: TableLayout): string[] {
  const out: string[] = []
  for (const row of layout.rows) {
    if (!row.cells.some((c) => c.kind === 'value')) continue
    const own = row.cells.find((c) => c.kind === 'label' && c.row)
    out.push(own?.text ?? '')
  }
  return out
}

export type LabelPlacement =
  | { kind: 'none' }
  /** `columns` leading columns are row names; the block starts at grid row `top`. */
  | { kind: 'labels'; columns: number; top: number; moved: boolean }
  /** Row names found but not matched to the table's rows: the paste is refused. */
  | { kind: 'unmatched'; label: string }

/** Text that no cell would take as a value (a number, "/", "—"): a name. */
const isName = (raw: string) => raw.trim() !== '' && !!parseCellInput(raw, 'signedCount').error && !!parseCellInput(raw, 'amount').error
const isBlank = (raw: string | undefined) => (raw ?? '').trim() === ''

/**
 * Finds leading row-name columns in a pasted block: columns holding only text (or nothing), at
 * least one of them a row label of the table, with value columns after them. Each pasted row is
 * named by its last non-empty name cell ("三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密" → the
 * last); the named rows fix where the block goes: all names must agree on one starting row.
 */
export function placeByLabels(rows: readonly (readonly string[])[], labels: readonly string[], cursorRow: number): LabelPlacement {
  const width = Math.max(0, ...rows.map((r) => r.length))
  const known = new Map<string, number[]>()
  labels.forEach((l, i) => {
    const n = normalizeLabel(l)
    if (n) known.set(n, [...(known.get(n) ?? []), i])
  })
  if (known.size === 0 || width < 2) return { kind: 'none' }
  let columns = 0
  const nameColumn = (c: number) => rows.every((r) => isBlank(r[c]) || isName(r[c])) && rows.some((r) => !isBlank(r[c]))
  while (columns < width - 1 && nameColumn(columns)) columns++
  if (columns === 0) return { kind: 'none' }
  const names = rows.map((r) => [...r.slice(0, columns)].reverse().find((s) => s.trim() !== '') ?? '')
  if (!names.some((n) => known.has(normalizeLabel(n)))) return { kind: 'none' }
  // Every named row must sit at the same offset from the top: the candidate tops are those of the first name.
  let tops: number[] | null = null
  for (let i = 0; i < names.length; i++) {
    if (names[i].trim() === '') continue
    const at = known.get(normalizeLabel(names[i]))
    if (!at) return { kind: 'unmatched', label: names[i].trim() }
    const these = at.map((r) => r - i)
    tops = tops === null ? these : tops.filter((t) => these.includes(t))
    if (tops.length === 0) return { kind: 'unmatched', label: names[i].trim() }
  }
  const candidates = tops ?? [cursorRow]
  // Names that fit several places (a label printed twice) leave the choice to the selection.
  if (!candidates.includes(cursorRow) && candidates.length > 1) return { kind: 'unmatched', label: names.find((n) => n.trim() !== '')!.trim() }
  const top = candidates.includes(cursorRow) ? cursorRow : candidates[0]
  return { kind: 'labels', columns, top, moved: top !== cursorRow }
}
