import type { TableLayout } from '../../../shared/form'

// Keyboard navigation over a table's value cells, as a matrix of cell keys (one row per body row
// of the printed layout). Rows of table 二 have different lengths: moving up or down keeps the
// column where it can and clamps where a row is shorter.

export interface Pos {
  r: number
  c: number
}

export interface GridModel {
  keys: readonly (readonly string[])[]
  positions: ReadonlyMap<string, Pos>
}

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev' | 'home' | 'end' | 'first' | 'last' | 'pageUp' | 'pageDown'

export function buildGridModel(layout: TableLayout): GridModel {
  const keys: string[][] = []
  for (const row of layout.rows) {
    const rowKeys = row.cells.filter((cell) => cell.kind === 'value' && cell.cellKey).map((cell) => cell.cellKey!)
    if (rowKeys.length) keys.push(rowKeys)
  }
  const positions = new Map<string, Pos>()
  keys.forEach((row, r) => row.forEach((key, c) => positions.set(key, { r, c })))
  return { keys, positions }
}

export function keyAt(model: GridModel, pos: Pos): string | undefined {
  return model.keys[pos.r]?.[pos.c]
}

function clampCol(model: GridModel, r: number, c: number): number {
  return Math.min(c, model.keys[r].length - 1)
}

/**
 * Where the cursor goes; it stays put at the edges (Tab wraps to the next/previous row). `page` is
 * how many rows PageUp / PageDown move (the rows visible at once).
 */
export function move(model: GridModel, pos: Pos, dir: Move, page = 10): Pos {
  const last = model.keys.length - 1
  const { r, c } = pos
  switch (dir) {
    case 'up':
      return r > 0 ? { r: r - 1, c: clampCol(model, r - 1, c) } : pos
    case 'down':
      return r < last ? { r: r + 1, c: clampCol(model, r + 1, c) } : pos
    case 'left':
      return c > 0 ? { r, c: c - 1 } : pos
    case 'right':
      return c < model.keys[r].length - 1 ? { r, c: c + 1 } : pos
    case 'next':
      if (c < model.keys[r].length - 1) return { r, c: c + 1 }
      return r < last ? { r: r + 1, c: 0 } : pos
    case 'prev':
      if (c > 0) return { r, c: c - 1 }
      return r > 0 ? { r: r - 1, c: model.keys[r - 1].length - 1 } : pos
    case 'home':
      return { r, c: 0 }
    case 'end':
      return { r, c: model.keys[r].length - 1 }
    case 'first':
      return { r: 0, c: 0 }
    case 'last':
      return { r: last, c: model.keys[last].length - 1 }
    case 'pageUp':
    case 'pageDown': {
      const to = Math.max(0, Math.min(last, r + (dir === 'pageDown' ? 1 : -1) * Math.max(1, page)))
      return { r: to, c: clampCol(model, to, c) }
    }
  }
}

/**
 * Where Enter goes after a run of Tabs (Excel's habit): the next row, in the column where the run
 * began; without a run, simply down.
 */
export function enterAfterTabs(model: GridModel, pos: Pos, runStart: Pos | null): Pos {
  if (!runStart) return move(model, pos, 'down')
  const next = move(model, pos, 'down')
  if (next.r === pos.r) return pos
  return { r: next.r, c: clampCol(model, next.r, runStart.c) }
}

/** The keys of the rectangle spanned by two corners, row by row (short rows are cut). */
export function rangeKeys(model: GridModel, a: Pos, b: Pos): string[][] {
  const r0 = Math.min(a.r, b.r)
  const r1 = Math.max(a.r, b.r)
  const c0 = Math.min(a.c, b.c)
  const c1 = Math.max(a.c, b.c)
  const out: string[][] = []
  for (let r = r0; r <= r1; r++) out.push(model.keys[r].slice(c0, c1 + 1))
  return out
}

export function inRange(pos: Pos, a: Pos, b: Pos): boolean {
  return pos.r >= Math.min(a.r, b.r) && pos.r <= Math.max(a.r, b.r) && pos.c >= Math.min(a.c, b.c) && pos.c <= Math.max(a.c, b.c)
}
