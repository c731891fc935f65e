import { assembleFromLines, type ReaderSource } from './assemble'
import { mapT2 } from './map-t2'
import { mapT3Text } from './map-t3'
import { mapT4Text } from './map-t4'
import { newCollector } from './readings'
import { rowsFromText } from './rows'
import { findHeadings, sectionRange, type Line } from './sections'
import { isValueText, type Token } from './tokens'
import type { ImportResult } from './types'

// Text copied out of a document (or a .doc's text): paragraphs one a line, table cells one a line
// or separated by tabs. Tables are found between their section headings and walked label by label.

const MAX_TABLE_TOKENS = 3000

export type TextSource = ReaderSource

function tokensOf(lines: readonly Line[], from: number, to: number, max: number): Token[] {
  const out: Token[] = []
  for (let i = from; i < to && out.length <= max; i++) {
    for (const part of lines[i].text.split('\t')) {
      for (const text of splitRow(part)) out.push({ text, where: lines[i].where })
    }
  }
  return out
}

/**
 * A table row copied as one line with spaces between cells ("规章 0 0 0", "行政许可 128 -23 795" or with full-width spaces):
 * the trailing run of values splits off its label. A label alone, or text, stays whole.
 */
export function splitRow(part: string): string[] {
  const trimmed = part.trim()
  if (trimmed === '') return []
  const segs = trimmed.split(/\s+/)
  let j = segs.length
  while (j > 0 && isValueText(segs[j - 1])) j--
  if (j === segs.length) return [trimmed]
  return j === 0 ? segs : [segs.slice(0, j).join(' '), ...segs.slice(j)]
}

export function readText(text: string, source: TextSource): ImportResult {
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ text: t, where: `第${i + 1}行` }))
  const headings = findHeadings(lines)
  const collector = newCollector()
  const tables = [
    ['t2', (t: Token[]) => mapT2(rowsFromText(t), collector)],
    ['t3', (t: Token[]) => mapT3Text(rowsFromText(t), collector)],
    ['t4', (t: Token[]) => mapT4Text(rowsFromText(t), collector)]
  ] as const
  for (const [key, map] of tables) {
    const range = sectionRange(headings, key, lines.length)
    if (!range) continue
    const tokens = tokensOf(lines, range[0], range[1], MAX_TABLE_TOKENS)
    // A table of the report is a few hundred cells; the rest of an oversized region is not read.
    if (tokens.length > MAX_TABLE_TOKENS) {
      collector.problems.push({ severity: 'warning', message: `“${lines[range[0] - 1].text.trim()}”之后的内容过长，只读取了前${MAX_TABLE_TOKENS}项`, where: lines[range[0]].where })
    }
    map(tokens.slice(0, MAX_TABLE_TOKENS))
  }
  return assembleFromLines(lines, headings, collector, source)
}
