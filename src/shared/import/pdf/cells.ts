import { isValueText } from '../tokens'
import { boxAround, sameBox, type Box, type PageRules } from './boxes'
import { joinRuns, type Chunk } from './lines'

// The chunks of a table region to cells. A cell is one value, or a label or header text that may
// wrap over several lines. Ruled tables give each cell's borders; without rules, lines are joined
// only when their alignment and the rows' values leave no doubt.

export interface Cell {
  text: string
  page: number
  /** First and last baseline. */
  top: number
  bottom: number
  size: number
  /** Text extent. */
  x0: number
  x1: number
  /** The cell's borders, when the table is ruled. */
  box?: Box
  value: boolean
}

/** Vertical extent used to decide which row a cell belongs to. */
export function band(c: Cell): [number, number] {
  return c.box ? [c.box.y0, c.box.y1] : [c.top - c.size, c.bottom + 0.3 * c.size]
}

/** Horizontal extent used for columns. */
export function span(c: Cell): [number, number] {
  return c.box ? [c.box.x0, c.box.x1] : [c.x0, c.x1]
}

const LINE_PITCH = 1.75

function fromChunk(c: Chunk, rules: PageRules | undefined): Cell {
  return { text: c.text, page: c.page, top: c.y, bottom: c.y, size: c.size, x0: c.x0, x1: c.x1, box: rules ? boxAround(c, rules) : undefined, value: false }
}

function append(cell: Cell, c: Chunk): void {
  cell.text = joinRuns(cell.text, c.text, 0, c.size)
  cell.bottom = c.y
  cell.x0 = Math.min(cell.x0, c.x0)
  cell.x1 = Math.max(cell.x1, c.x1)
}

/** The cells of one page of a table region, top to bottom. */
export function pageCells(chunks: readonly Chunk[], rules: PageRules | undefined): Cell[] {
  const sorted = [...chunks].sort((a, b) => a.y - b.y || a.x0 - b.x0)
  const cells: Cell[] = []
  // Ruled: every chunk inside the same borders is one cell.
  const open: Cell[] = []
  const loose: Chunk[] = []
  for (const c of sorted) {
    const cell = fromChunk(c, rules)
    const same = cell.box && open.find((o) => sameBox(o.box, cell.box))
    if (same && wrappedNumber(same, c)) {
      // A number too wide for a narrow column, wrapped by the word processor: one number.
      same.text += c.text.trim()
      same.bottom = c.y
      same.x0 = Math.min(same.x0, c.x0)
      same.x1 = Math.max(same.x1, c.x1)
    } else if (same && (Math.abs(c.y - same.bottom) <= 0.4 * c.size || (isValueText(same.text) && isValueText(c.text)))) {
      // Two pieces of text side by side, or two numbers, in one "cell": a border is missing, so
      // neither box holds (two numbers joined would make a wrong one).
      same.box = undefined
      cell.box = undefined
      cells.push(cell)
    } else if (same) append(same, c)
    else if (cell.box) {
      open.push(cell)
      cells.push(cell)
    } else loose.push(c)
  }
  for (const cell of cells) cell.value = isValueText(cell.text)
  cells.push(...looseCells(loose, cells))
  return cells.sort((a, b) => a.top - b.top || a.x0 - b.x0)
}

/**
 * Whether `next` continues the digits of `cell` on the line below, in the same bordered cell,
 * because the number did not fit: the first line is full (not one more digit fits between the
 * cell's padding) and the whole number could not fit on one line. Two separate numbers in one
 * box (a missing border) sit side by side, or a row apart, or leave room on the first line.
 */
function wrappedNumber(cell: Cell, next: Chunk): boolean {
  const box = cell.box
  if (!box || cell.top !== cell.bottom) return false
  const first = cell.text.trim()
  const rest = next.text.trim()
  if (!/^\d+$/.test(first) || !/^\d+$/.test(rest)) return false
  const pitch = next.y - cell.bottom
  if (pitch < 0.9 * next.size || pitch > LINE_PITCH * next.size) return false
  const digit = (cell.x1 - cell.x0) / first.length
  const padding = Math.max(0, Math.min(cell.x0 - box.x0, box.x1 - cell.x1))
  const room = box.x1 - box.x0 - 2 * padding
  const full = cell.x1 - cell.x0 + digit > room + 0.25 * digit
  const tooWide = (first.length + rest.length) * digit > room + 0.25 * digit
  return full && tooWide && next.x0 >= box.x0 - 0.5 && next.x1 <= box.x1 + 0.5
}

/** Baselines of the values on the page: each is a data row. */
function valueRows(cells: readonly Cell[]): number[] {
  const ys = cells.filter((c) => c.value).map((c) => c.top).sort((a, b) => a - b)
  return ys.filter((y, i) => i === 0 || y - ys[i - 1] > 3)
}

function aligned(a: Cell, c: Chunk): boolean {
  const t = 0.35 * c.size
  return Math.abs(a.x0 - c.x0) <= t || Math.abs(a.x1 - c.x1) <= t || Math.abs((a.x0 + a.x1) / 2 - (c.x0 + c.x1) / 2) <= t
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => Math.min(a1, b1) - Math.max(a0, b0) > 0.5

/**
 * Chunks without borders: values stand alone; a text chunk continues the cell just above it only
 * when it is aligned with it, nothing else sits under that cell, and it is not nearer another
 * row's values than the ones that cell already belongs to.
 */
function looseCells(chunks: readonly Chunk[], ruled: readonly Cell[]): Cell[] {
  const cells: Cell[] = chunks.map((c) => ({ ...fromChunk(c, undefined), value: isValueText(c.text) }))
  const rows = valueRows([...cells, ...ruled])
  const nearestRow = (y: number, size: number) => rows.find((r) => Math.abs(r - y) <= 0.4 * size) ?? rows.reduce((b, r) => (Math.abs(r - y) < Math.abs(b - y) ? r : b), Infinity)
  const rowsOf = (cell: Cell) => rows.filter((r) => r >= cell.top - 0.4 * cell.size && r <= cell.bottom + 0.4 * cell.size)
  const out: Cell[] = []
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]
    if (cell.value) {
      out.push(cell)
      continue
    }
    const c = chunks[i]
    const candidates = out.filter(
      (u) => !u.value && c.y - u.bottom > 0.5 * c.size && c.y - u.bottom <= LINE_PITCH * c.size && Math.abs(u.size - c.size) < 0.15 * c.size && overlaps(u.x0, u.x1, c.x0, c.x1)
    )
    const u = candidates.length === 1 ? candidates[0] : undefined
    // Another chunk under the same cell at this height means the cell heads several columns.
    const siblings = u
      ? chunks.filter((o, j) => j !== i && !cells[j].value && o.y - u.bottom > 0.5 * o.size && o.y - u.bottom <= LINE_PITCH * o.size && overlaps(u.x0, u.x1, o.x0, o.x1))
      : []
    const own = u ? rowsOf(u) : []
    const rowOfChunk = nearestRow(c.y, c.size)
    // A line level with a row's values under text that is in no row: a header, then the row's label.
    const startsRow = own.length === 0 && Math.abs(rowOfChunk - c.y) <= 0.4 * c.size
    if (u && aligned(u, c) && siblings.length === 0 && !startsRow && (own.length === 0 || own.includes(rowOfChunk))) append(u, c)
    else out.push(cell)
  }
  return out
}
