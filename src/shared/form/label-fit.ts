import { tableLayout, type LayoutCell } from './layout'
import type { TableDef } from './types'

// Predicts how a label wraps in a fixed-width cell, so the form's column widths can be chosen (and
// tested) to leave no label whose last line is a single character. A CJK character is one em, an
// ASCII character half; a closing mark never starts a line (it pulls the character before it along).

const NO_LINE_START = /[，。、；：）》”’！？]/

function charWidth(ch: string): number {
  return /[\x20-\x7e]/.test(ch) ? 0.5 : 1
}

/** The lines a text wraps into in a cell `ems` characters wide. */
export function wrapLines(text: string, ems: number): string[] {
  const lines: string[] = []
  let line: string[] = []
  let width = 0
  for (const ch of text) {
    const w = charWidth(ch)
    if (width + w > ems + 1e-6 && line.length > 0) {
      // Kinsoku: a closing mark may not open a line, so the character before it moves down too.
      const carry = NO_LINE_START.test(ch) && line.length > 1 ? [line.pop()!] : []
      lines.push(line.join(''))
      line = carry
      width = carry.reduce((s, c) => s + charWidth(c), 0)
    }
    line.push(ch)
    width += w
  }
  if (line.length > 0) lines.push(line.join(''))
  return lines
}

export interface LabelFit {
  cell: LayoutCell
  lines: string[]
}

/** Cell margin left plus right, in twips (1 mm each side, as the official template). */
export const CELL_MARGINS_TWIPS = 114

/**
 * The label and caption cells of a table whose last line would be one character, at the given
 * column widths (twips) and text size (points).
 */
export function widowLabels(def: TableDef, widths: readonly number[], sizePt: number): LabelFit[] {
  const out: LabelFit[] = []
  for (const row of tableLayout(def).rows) {
    for (const cell of row.cells) {
      if (cell.kind === 'value' || cell.text === '') continue
      const twips = widths.slice(cell.col, cell.col + cell.colSpan).reduce((a, b) => a + b, 0) - CELL_MARGINS_TWIPS
      const lines = wrapLines(cell.text, twips / (sizePt * 20))
      if (lines.length > 1 && lines[lines.length - 1].length === 1) out.push({ cell, lines })
    }
  }
  return out
}

/**
 * The text in as few lines as wrapping needs, of about equal length: "商业企业" in a three-character
 * cell as "商业" / "企业", not "商业企" / "业". A closing mark stays on the line of the character before it.
 */
export function balancedLines(text: string, ems: number): string[] {
  const n = wrapLines(text, ems).length
  if (n <= 1) return [text]
  const chars = [...text]
  const total = chars.reduce((s, c) => s + charWidth(c), 0)
  // The narrowest line width that still wraps the text into n lines.
  for (let target = Math.ceil(total / n); target <= ems + 1; target += 0.5) {
    const lines = wrapLines(text, target)
    if (lines.length <= n) return lines
  }
  return wrapLines(text, ems)
}
