import type { DocBlock } from '../../shared/import/read-blocks'
import { denseGrid, type RawCell, type RawRow } from '../../shared/import/grid'
import { ImportError } from '../../shared/import/types'
import type { DocParagraph, RowDef } from './doc-paragraphs'

// A .doc's paragraphs to the blocks the .docx reader makes: paragraphs, and tables as dense grids.
// A row's cells are placed on grid columns by their boundaries (the union over the table's rows), so
// merged cells span the columns they cover and a blank cell keeps its place.

const TOLERANCE = 15 // twips: Word rounds boundaries that line up by eye
/** Table cells in a document: a report's tables have a few hundred, a long one with layout tables a few thousand. */
export const MAX_DOC_CELLS = 50_000

function gridLines(rows: readonly RowDef[]): number[] {
  const all = rows.flatMap((r) => r.centers).sort((a, b) => a - b)
  const lines: number[] = []
  for (const x of all) if (lines.length === 0 || x - lines[lines.length - 1] > TOLERANCE) lines.push(x)
  return lines
}

/** The first line within TOLERANCE of x, or -1: a binary search (lines ascend, more than TOLERANCE apart). */
function lineIndex(lines: readonly number[], x: number): number {
  let lo = 0
  let hi = lines.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (lines[mid] < x - TOLERANCE) lo = mid + 1
    else hi = mid
  }
  return lo < lines.length && Math.abs(lines[lo] - x) <= TOLERANCE ? lo : -1
}

interface TableRow {
  cells: string[]
  def?: RowDef
}

function rawRows(rows: readonly TableRow[]): RawRow[] {
  const defs = rows.map((r) => r.def).filter((d): d is RowDef => d !== undefined && d.centers.length > 1)
  const lines = gridLines(defs)
  return rows.map(({ cells, def }) => {
    // Without boundaries for every cell, cells stand one a column in order.
    if (!def || def.centers.length !== cells.length + 1) return { cells: cells.map((text) => ({ text, colSpan: 1 })) }
    const out: RawCell[] = []
    cells.forEach((text, i) => {
      const from = lineIndex(lines, def.centers[i])
      const to = lineIndex(lines, def.centers[i + 1])
      const colSpan = Math.max(1, to - from)
      const flags = def.flags[i] ?? 0
      // An old-style horizontal merge: the covered cell widens the one it joins.
      if (flags & 2 && out.length > 0) {
        out[out.length - 1].colSpan += colSpan
        return
      }
      out.push({ text, colSpan, vMergeContinue: (flags & 0x20) !== 0 && (flags & 0x40) === 0 })
    })
    return { cells: out, before: Math.max(0, lineIndex(lines, def.centers[0])) }
  })
}

/** The body's paragraphs grouped into paragraphs and tables. */
export function docBlocks(paragraphs: readonly DocParagraph[]): DocBlock[] {
  const blocks: DocBlock[] = []
  let rows: TableRow[] = []
  let cells: string[] = []
  let cellParas: string[] = []
  let paraNo = 0
  let tableNo = 0
  let cellCount = 0
  const flushTable = () => {
    if (cellParas.length > 0 || cells.length > 0) rows.push({ cells: [...cells, ...(cellParas.length > 0 ? [cellParas.join('\n')] : [])] })
    if (rows.length > 0) blocks.push({ kind: 'table', rows: denseGrid(rawRows(rows), ++tableNo) })
    rows = []
    cells = []
    cellParas = []
  }
  for (const p of paragraphs) {
    if (!p.inTable) {
      flushTable()
      paraNo++
      blocks.push({ kind: 'para', text: p.text, where: `第${paraNo}段` })
      continue
    }
    if (p.depth > 1) {
      // A table inside a cell: its text joins the outer cell.
      if (p.text !== '') cellParas.push(p.text)
      continue
    }
    if (p.rowEnd) {
      rows.push({ cells, def: p.row })
      cells = []
      cellParas = []
      continue
    }
    cellParas.push(p.text)
    if (p.end === '\x07') {
      if (++cellCount > MAX_DOC_CELLS) throw new ImportError(`Word文档中的表格单元格过多（超过${MAX_DOC_CELLS / 10000}万个），不是年度报告文件，已停止读取`)
      cells.push(cellParas.join('\n'))
      cellParas = []
    }
  }
  flushTable()
  return blocks
}
