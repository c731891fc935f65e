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

export type Move = 'up' | 'down' | 'left' | 'right' | 'next' | 'prev' | 'home' | 'end'

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

/** Where the cursor goes; it stays put at the edges (Tab wraps to the next/previous row). */
export function move(model: GridModel, pos: Pos, dir: Move): Pos {
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
  }
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
