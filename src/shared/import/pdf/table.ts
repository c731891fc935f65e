import type { Token } from '../tokens'
import type { ImportProblem } from '../types'
import { band, span, type Cell } from './cells'
import { joinSplitHeaders } from './split-header'

// The cells of a table region (one or more pages) to a dense grid the shared mappers read: rows
// by the values' baselines, columns by the header's cells. A value is placed only in the one
// column whose extent holds it; a row with a value that fits no column, or two values in one
// column, is refused rather than shifted.

interface DataRow {
  page: number
  y: number
  band: [number, number]
  values: Cell[]
  labels: Cell[]
}

type Part = { kind: 'header'; cells: Cell[] } | { kind: 'data'; row: DataRow }

interface Leaf {
  from: number
  to: number
}

const overlap = (a: [number, number], b: [number, number]) => Math.min(a[1], b[1]) - Math.max(a[0], b[0])

/** Two cells between the same row borders (drawn borders may differ by a line's width). */
function sameRow(a: { y0: number; y1: number }, b: { y0: number; y1: number }): boolean {
  return overlap([a.y0, a.y1], [b.y0, b.y1]) > 0.6 * Math.min(a.y1 - a.y0, b.y1 - b.y0)
}

function pageParts(cells: readonly Cell[]): Part[] {
  const rows: DataRow[] = []
  // Ruled values first: those between the same borders are one row, whatever their alignment.
  const values = cells.filter((c) => c.value).sort((a, b) => Number(!a.box) - Number(!b.box) || a.top - b.top)
  for (const v of values) {
    const mid = v.top - 0.35 * v.size
    const row = v.box
      ? rows.find((r) => r.values.some((o) => o.box && sameRow(o.box, v.box!)))
      : (rows.find((r) => r.values.some((o) => o.box) && mid > r.band[0] && mid < r.band[1]) ?? rows.find((r) => Math.abs(r.y - v.top) <= 0.4 * v.size))
    const b = band(v)
    if (row) {
      row.values.push(v)
      row.band = [Math.min(row.band[0], b[0]), Math.max(row.band[1], b[1])]
    } else rows.push({ page: v.page, y: v.top, band: b, values: [v], labels: [] })
  }
  rows.sort((a, b) => a.band[0] - b.band[0])
  const zones: Cell[][] = rows.map(() => [])
  zones.push([])
  for (const c of cells) {
    if (c.value) continue
    const b = band(c)
    const row = rows.find((r) => overlap(r.band, b) > (c.box ? 1 : 0.3 * c.size))
    if (row) row.labels.push(c)
    else zones[rows.filter((r) => r.y < c.top).length].push(c)
  }
  const parts: Part[] = []
  rows.forEach((row, i) => {
    if (zones[i].length > 0) parts.push({ kind: 'header', cells: zones[i] })
    parts.push({ kind: 'data', row })
  })
  if (zones[rows.length].length > 0) parts.push({ kind: 'header', cells: zones[rows.length] })
  return parts
}

/** Header cells with nothing under them are the columns; tolerance widens text-only extents. */
function leavesOf(header: readonly Cell[]): Leaf[] {
  const leaves = header.filter((h) => !header.some((k) => k !== h && k.top > h.bottom && band(k)[0] >= band(h)[1] - 1 && overlap(span(h), span(k)) > 1))
  const sorted = leaves.map((l) => ({ cell: l, range: span(l) })).sort((a, b) => a.range[0] - b.range[0])
  return sorted.map(({ cell, range }, i) => {
    if (cell.box) return { from: range[0], to: range[1] }
    // Without borders a column reaches halfway to its neighbours (values may be left or right aligned).
    const prev = sorted[i - 1]?.range[1]
    const next = sorted[i + 1]?.range[0]
    const w = range[1] - range[0]
    return { from: prev !== undefined ? (prev + range[0]) / 2 : range[0] - w / 2, to: next !== undefined ? (range[1] + next) / 2 : range[1] + w / 2 }
  })
}

const signature = (cells: readonly Cell[]) => cells.map((c) => c.text.replace(/\s+/g, '')).join('|')

export interface TableGrid {
  rows: Token[][]
  problems: ImportProblem[]
}

/** One table from the cells of each page it covers, in page order. */
export function tableGrid(pages: readonly Cell[][], name: string): TableGrid {
  const parts = joinSplitHeaders(pages).flatMap((cells) => pageParts(cells))
  const problems: ImportProblem[] = []
  const grid: Token[][] = []
  let leaves: Leaf[] = []
  const headersSeen = new Set<string>()
  const where = (page: number) => `第${page}页${name} 第${grid.length + 1}行`
  parts.forEach((part, i) => {
    if (part.kind === 'header') {
      const following = parts.slice(i + 1).findIndex((p) => p.kind === 'header')
      const rowsBelow = parts.slice(i + 1, following < 0 ? undefined : i + 1 + following).flatMap((p) => (p.kind === 'data' ? [p.row] : []))
      // Cells starting within the row labels' column (its heading, a block's caption) are the label
      // side (column 0); the others head the value columns.
      const labelRight = Math.max(...rowsBelow.flatMap((r) => r.labels.map((l) => span(l)[1])))
      const labels = part.cells.filter((c) => span(c)[0] < labelRight - 1)
      const heads = part.cells.filter((c) => !labels.includes(c))
      if (heads.length > 0) leaves = leavesOf(heads)
      // A header repeated at the top of the next page adds nothing.
      const sig = signature(part.cells)
      if (headersSeen.has(sig)) return
      headersSeen.add(sig)
      const page = part.cells[0].page
      const row: Token[] = labels.sort((a, b) => a.top - b.top || a.x0 - b.x0).map((c) => ({ text: c.text, where: where(page), row: grid.length, col: 0 }))
      for (const h of heads.sort((a, b) => a.top - b.top || a.x0 - b.x0)) {
        const [x0, x1] = span(h)
        const covered = leaves.map((l, k) => ({ l, k })).filter(({ l }) => (l.from + l.to) / 2 >= x0 - 1 && (l.from + l.to) / 2 <= x1 + 1)
        const col = covered.length > 0 ? covered[0].k + 1 : nearestLeaf(leaves, (x0 + x1) / 2) + 1
        row.push({ text: h.text, where: `${where(page)}第${col + 1}列`, row: grid.length, col, colSpan: Math.max(1, covered.length) })
      }
      grid.push(row)
      return
    }
    const { row } = part
    if (leaves.length === 0) {
      // Columns guessed from the values alone would shift every value after a blank cell.
      problems.push({ severity: 'warning', message: `${name}缺少可识别的表头，无法确定数值所在的列，未导入`, where: where(row.page) })
      grid.push(row.labels.map((c) => ({ text: c.text, where: where(row.page), row: grid.length, col: 0 })))
      return
    }
    const cols = leaves
    const labelTokens: Token[] = row.labels.sort((a, b) => a.x0 - b.x0 || a.top - b.top).map((c) => ({ text: c.text, where: where(row.page), row: grid.length, col: 0 }))
    const placed = new Map<number, Cell>()
    let refused = false
    for (const v of row.values) {
      const x = (span(v)[0] + span(v)[1]) / 2
      const k = cols.findIndex((l) => x >= l.from && x <= l.to)
      if (k < 0 || placed.has(k)) refused = true
      else placed.set(k, v)
    }
    if (refused) {
      const label = row.labels.at(-1)?.text ?? '（无标签）'
      problems.push({ severity: 'warning', message: `${name}中“${label}”一行的数值无法确定各自所在的列，该行未导入`, where: where(row.page) })
      grid.push(labelTokens)
      return
    }
    const values = [...placed].sort((a, b) => a[0] - b[0]).map(([k, v]): Token => ({ text: v.text, where: `${where(row.page)}第${k + 2}列`, row: grid.length, col: k + 1 }))
    grid.push([...labelTokens, ...values])
  })
  return { rows: grid, problems }
}

function nearestLeaf(leaves: readonly Leaf[], x: number): number {
  let best = 0
  leaves.forEach((l, k) => {
    if (Math.abs((l.from + l.to) / 2 - x) < Math.abs((leaves[best].from + leaves[best].to) / 2 - x)) best = k
  })
  return best
}
