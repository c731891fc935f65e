import { assembleFromLines, type ReaderSource } from './assemble'
import { mapT2 } from './map-t2'
import { mapT3Text } from './map-t3'
import { mapT4Text } from './map-t4'
import { newCollector } from './readings'
import type { ReadRow } from './rows'
import { findHeadings, leadingRange, sectionRange, type Line } from './sections'
import { textRows } from './text-rows'
import type { ImportResult } from './types'

// Text copied out of a document or a web page (or a .doc's text): paragraphs one a line, tables in
// the shapes text-rows.ts reads. Tables are found between their section headings, walked label by label.

const MAX_TABLE_TOKENS = 3000

export type TextSource = ReaderSource

export function readText(text: string, source: TextSource): ImportResult {
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ text: t, where: `第${i + 1}行` }))
  const headings = findHeadings(lines)
  const collector = newCollector()
  const tables = [
    ['t2', (rows: ReadRow[]) => mapT2(rows, collector)],
    ['t3', (rows: ReadRow[]) => mapT3Text(rows, collector)],
    ['t4', (rows: ReadRow[]) => mapT4Text(rows, collector)]
  ] as const
  for (const [key, map] of tables) {
    // Rows before the first heading are read only by their labels (二, 三): 四's text is read in order.
    const range = sectionRange(headings, key, lines.length) ?? (key === 't4' ? undefined : leadingRange(headings, key))
    if (!range) continue
    const { rows, truncated } = textRows(lines, range[0], range[1], MAX_TABLE_TOKENS)
    // A table of the report is a few hundred cells; the rest of an oversized region is not read.
    if (truncated) {
      collector.problems.push({ severity: 'warning', message: `“${lines[Math.max(0, range[0] - 1)].text.trim()}”之后的内容过长，只读取了前${MAX_TABLE_TOKENS}项`, where: lines[range[0]].where })
    }
    map(rows)
  }
  return assembleFromLines(lines, headings, collector, source)
}
