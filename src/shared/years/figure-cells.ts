import { cellsOf, type CellInfo } from '../form/cells'
import type { LayoutId } from '../form/types'
import type { CellPattern, KeyFigure } from './key-figures'

// Which cells of a layout a key figure sums, and whether two layouts make it comparable.

/** "denied" matches "denied" and "denied.stateSecret"; "" matches only "". */
function under(key: string, pattern: string): boolean {
  return key === pattern || (pattern !== '' && key.startsWith(`${pattern}.`))
}

function matches(info: CellInfo, p: CellPattern): boolean {
  return info.table === p.table && under(info.row.key, p.row) && under(info.column.key, p.column)
}

const cache = new Map<string, readonly CellInfo[]>()

/** The cells of the layout the figure sums, in form order; empty when the layout has none of them. */
export function figureCells(figure: KeyFigure, layout: LayoutId): readonly CellInfo[] {
  const id = `${figure.id}|${layout}`
  let found = cache.get(id)
  if (!found) {
    found = cellsOf(layout).filter((info) => figure.cells.some((p) => matches(info, p)))
    cache.set(id, found)
  }
  return found
}

/**
 * Two layouts make a figure comparable when it sums exactly the same cells in both: the form's own
 * keys decide (a row split or a column renamed in the 2021 format gives different keys).
 */
export function comparable(figure: KeyFigure, a: LayoutId, b: LayoutId): boolean {
  if (a === b) return figureCells(figure, a).length > 0
  const ka = figureCells(figure, a).map((c) => c.key)
  const kb = new Set(figureCells(figure, b).map((c) => c.key))
  return ka.length > 0 && ka.length === kb.size && ka.every((k) => kb.has(k))
}
