import { cellsOf, type LayoutId, type TableId } from '../../../shared/form'
import type { Cells } from '../../../shared/report'
import type { Warning } from '../../../shared/rules'

// A calm start: a table or a row nobody has filled yet is not a wall of "no number here" warnings
// and ▲ marks but a count of what is filled ("表三 已填 7/175"). Blanks are reported (E4) in rows
// the clerk has started, where a blank is likely a slip; a row not started is only counted (the
// export's final check lists every blank); a table not started keeps its one warning (it may be
// explained: "no 复议 cases this year") without marking each of its cells.

export interface Progress {
  filled: number
  total: number
}

const blank = (v: unknown) => v === null || v === undefined || v === ''

const keysCache = new Map<LayoutId, Map<TableId, string[]>>()
function keysByTable(layout: LayoutId): Map<TableId, string[]> {
  let m = keysCache.get(layout)
  if (!m) {
    m = new Map()
    for (const c of cellsOf(layout)) m.set(c.table, [...(m.get(c.table) ?? []), c.key])
    keysCache.set(layout, m)
  }
  return m
}

/** How many value cells of each table hold something (a number, "/", or text). */
export function tableProgress(layout: LayoutId, cells: Cells): Map<TableId, Progress> {
  const out = new Map<TableId, Progress>()
  for (const [table, keys] of keysByTable(layout)) out.set(table, { filled: keys.filter((k) => !blank(cells[k])).length, total: keys.length })
  return out
}

/** E4 names a table ("E4:t3") or a line of it ("E4:t3.new"): the cells of that table or line. */
function lineKeys(layout: LayoutId, fingerprint: string): string[] {
  const id = fingerprint.slice('E4:'.length)
  const table = id.split('.')[0] as TableId
  return (keysByTable(layout).get(table) ?? []).filter((k) => k === id || k.startsWith(`${id}.`))
}

/** E4 about a whole table not started ("E4:t3"), not about one of its rows ("E4:t3.new"). */
const isWholeTable = (w: Warning) => w.rule === 'E4' && !w.fingerprint.includes('.')

/** The warnings the editor lists: without E4 for rows that nothing has been filled into. */
export function calmWarnings(warnings: Warning[], layout: LayoutId, cells: Cells): Warning[] {
  const out = warnings.filter((w) => {
    if (w.rule !== 'E4' || isWholeTable(w)) return true
    const keys = lineKeys(layout, w.fingerprint)
    return keys.length === 0 || !keys.every((k) => blank(cells[k]))
  })
  return out.length === warnings.length ? warnings : out
}

/** The same warnings for marking cells: a table not started is not marked cell by cell. */
export function forCellMarks(warnings: Warning[]): Warning[] {
  return warnings.some(isWholeTable) ? warnings.map((w) => (isWholeTable(w) ? { ...w, cells: [] } : w)) : warnings
}
