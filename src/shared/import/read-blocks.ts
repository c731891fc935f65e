import { assembleFromLines, type ReaderSource } from './assemble'
import { T3_ROWS } from './catalog'
import { mapT2 } from './map-t2'
import { mapT3Grid } from './map-t3'
import { mapT4Grid } from './map-t4'
import { labelScore } from './match'
import { newCollector, type Collector } from './readings'
import { rowFromGrid } from './rows'
import { findHeadings, type Line } from './sections'
import type { Token } from './tokens'
import { simplifiedForMatching } from './traditional'
import type { ImportResult } from './types'

// A document read as paragraphs and tables (.docx, .html): tables are recognised by their labels,
// wherever they stand, and the text sections by their headings.

export type DocBlock = { kind: 'para'; text: string; where: string } | { kind: 'table'; rows: Token[][] }

export type BlockSource = ReaderSource

type TableKind = 't2' | 't3' | 't4' | undefined

// The report's tables have about 30 rows and 15 columns; far larger ones are something else.
const MAX_ROWS = 400
const MAX_CELLS_PER_ROW = 60

function classify(rows: readonly Token[][]): TableKind {
  const cells = rows.flat()
  if (cells.some((c) => /第二十条/.test(simplifiedForMatching(c.text)))) return 't2'
  if (cells.some((c) => T3_ROWS.some((r) => r.value.key === 'new' && labelScore(c.text, r.label) > 0))) return 't3'
  const flat = cells.map((c) => simplifiedForMatching(c.text).replace(/\s+/g, '')).join('|')
  if (flat.includes('行政复议') && flat.includes('结果维持')) return 't4'
  return undefined
}

function mapTable(kind: TableKind, rows: Token[][], collector: Collector): void {
  if (kind === 't2') mapT2(rows.map((cells) => rowFromGrid(cells, (cells[0]?.col ?? 0) + 1)), collector)
  else if (kind === 't3') mapT3Grid(rows, collector)
  else if (kind === 't4') mapT4Grid(rows, collector)
}

export function readBlocks(blocks: readonly DocBlock[], source: BlockSource): ImportResult {
  const lines: Line[] = []
  const collector = newCollector()
  const seen = new Set<TableKind>()
  for (const b of blocks) {
    if (b.kind === 'para') {
      for (const text of b.text.split('\n')) lines.push({ text, where: b.where })
      continue
    }
    if (b.rows.length > MAX_ROWS || b.rows.some((r) => r.length > MAX_CELLS_PER_ROW)) {
      collector.problems.push({ severity: 'info', message: '文件中有一个很大的表格（行或列远多于年度报告的表格），已跳过', where: b.rows[0]?.[0]?.where })
      continue
    }
    const kind = classify(b.rows)
    // Table 二 is often split into one table per block; 三 and 四 are single tables.
    if (kind && kind !== 't2' && seen.has(kind)) {
      collector.problems.push({ severity: 'warning', message: `文件中有两个“${{ t2: '二', t3: '三', t4: '四' }[kind]}”表格，只读取了第一个`, where: b.rows[0]?.[0]?.where })
      continue
    }
    seen.add(kind)
    mapTable(kind, b.rows, collector)
  }
  const headings = findHeadings(lines)
  return assembleFromLines(lines, headings, collector, source)
}
