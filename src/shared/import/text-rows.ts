import { rowsFromText, type ReadRow } from './rows'
import type { Line } from './sections'
import { isValueText, type Token } from './tokens'

// A table's lines as people and crawlers copy them, to rows. Where the text keeps cell boundaries a
// blank cell is an empty token in its place:
// - a row per line with `|` (Markdown included, `|---|` rules skipped) or tabs between cells;
// - a `|` alone on a line between cells written one a line;
// - a cell per line, an empty line being a blank cell (LibreOffice's text export);
// - a cell per paragraph (an empty line between cells): only extra empty lines are blank cells;
// - cells one a line after a tab (a browser's copy): a tab alone is a blank cell, an empty line not;
// - a cell per line closed by a bar ("规章 |"): a lone bar is a blank cell, "||" padding;
// - a cell per paragraph with a tab alone between cells (Chromium's innerText), "\u00a0" a blank.
// Rows squeezed into single spaces ("规章 0 0 0") keep no boundaries: their values are in order only.

const PIPE = /[|｜]/
const RULE = /^\s*[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)*[|｜]?\s*$/
const SEPARATOR_ALONE = /^\s*[|｜]\s*$/

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

const OPENS = /^\s*[|｜]/
const CLOSES = /[|｜]\s*$/

/**
 * The fields of a `|` or tab row. With outer bars (Markdown: every row opens and closes with one)
 * they add no cell; otherwise a field before the first bar is a cell, blank or not. An extra
 * empty field at the end ("规章 | 0 | 0 | 0 |") is dropped later against the column count.
 */
export function rowFields(text: string, outerBars = OPENS.test(text) && CLOSES.test(text)): string[] {
  if (PIPE.test(text)) {
    const fields = text.split(PIPE).map((f) => f.trim())
    if (outerBars && OPENS.test(text)) fields.shift()
    if (outerBars && CLOSES.test(text)) fields.pop()
    return fields
  }
  const fields = text.trimEnd().split('\t').map((f) => f.trim())
  return fields
}

/** A row whose cells keep their places: labels, then every cell after the last label. */
function boundedRow(fields: readonly string[], where: string): ReadRow {
  const cells: Token[] = fields.map((text, i) => ({ text, where, col: i + 1 }))
  let lastLabel = -1
  cells.forEach((c, i) => {
    if (c.text !== '' && !isValueText(c.text)) lastLabel = i
  })
  const labels = cells.slice(0, lastLabel + 1).filter((c) => c.text !== '')
  const values = cells.slice(lastLabel + 1).map((c, i) => ({ ...c, col: i + 1 }))
  // Empty cells after a header's labels are padding, not blank values.
  return { labels, values: values.some((v) => v.text !== '') || labels.length > 0 ? values : [], grid: false, bounded: true }
}

type Mode = 'line' | 'paragraph' | 'separator' | 'indented' | 'terminated'

const BARS_ONLY = /^\s*[|｜]+\s*$/
// A cell closed by its bar, sometimes followed by the bars of merged cells ("第二十条第（五）项 | |||").
// Split at the first bar rather than one regex: /^[^|]*[^|\s][^|]*[|]…/ backtracks quadratically on
// a long line without a bar (a 1.2-million-character line took the import's whole 15 s).
function isTerminated(t: string): boolean {
  const bar = t.search(/[|｜]/)
  return bar > 0 && /\S/.test(t.slice(0, bar)) && /^[|｜\s]*$/.test(t.slice(bar))
}
const TAB_ONLY = /^[\t\s]*\t[\t\s]*$/
/** A browser writes an empty cell as a no-break space: an explicit blank, not an empty line. */
const NBSP_ONLY = /^\s*[\u00a0\u3000]\s*$/

function modeOf(lines: readonly Line[], from: number, to: number): Mode {
  let content = 0
  let indented = 0
  let adjacent = 0
  let terminated = 0
  let separators = 0
  let tabOnly = 0
  for (let i = from; i < to; i++) {
    const t = lines[i].text
    if (SEPARATOR_ALONE.test(t)) separators++
    if (TAB_ONLY.test(t)) tabOnly++
    if (t.trim() === '' || BARS_ONLY.test(t)) continue
    content++
    if (t.startsWith('\t')) indented++
    if (isTerminated(t)) terminated++
    if (i + 1 < to && lines[i + 1].text.trim() !== '') adjacent++
  }
  if (content === 0) return 'line'
  // A cell per line, each closed by a bar ("规章 |"): a lone bar is a blank cell, more bars padding.
  if (terminated >= content * 0.6) return 'terminated'
  // Cells copied with a leading tab: a tab alone is a blank cell, an empty line ends a row.
  if (indented >= content * 0.5) return 'indented'
  // Cells one a line or paragraph with a bar, or a tab (a browser's copy), alone between them.
  if (separators > 0 || tabOnly >= 3) return 'separator'
  // Paragraphs: (almost) no two cells on consecutive lines.
  return content >= 4 && adjacent <= content * 0.1 ? 'paragraph' : 'line'
}

const blank = (where: string): Token => ({ text: '', where })

/** The rows of a table region [from, to), at most `max` cells read. */
export function textRows(lines: readonly Line[], from: number, to: number, max: number): { rows: ReadRow[]; truncated: boolean } {
  const mode = modeOf(lines, from, to)
  const pipeLines = lines.slice(from, to).filter((l) => PIPE.test(l.text) && !BARS_ONLY.test(l.text) && !RULE.test(l.text))
  const outerBars = pipeLines.length > 0 && pipeLines.filter((l) => OPENS.test(l.text) && CLOSES.test(l.text)).length >= pipeLines.length * 0.8
  const rows: ReadRow[] = []
  let seq: Token[] = []
  let cells = 0
  let empties = 0
  let tabOnly = 0
  let sinceSeparator = 1
  let cutInCell = false
  let lastContent = to - 1
  while (lastContent >= from && lines[lastContent].text.trim() === '') lastContent--
  const flush = () => {
    if (seq.length > 0) rows.push(...rowsFromText(seq))
    seq = []
  }
  const closeEmpties = (where: string) => {
    // Paragraph mode: one empty line separates cells; each further pair stood for an empty paragraph.
    const n = mode === 'line' ? empties : mode === 'paragraph' ? Math.floor((empties - 1) / 2) : mode === 'indented' ? tabOnly : 0
    for (let k = 0; k < n; k++) seq.push(blank(where))
    empties = 0
    tabOnly = 0
  }
  const cell = (text: string, where: string) => {
    closeEmpties(where)
    const parts = text === '' ? [''] : splitRow(text)
    cells += parts.length
    for (const p of parts) seq.push({ text: p, where })
    sinceSeparator++
  }
  for (let i = from; i < to && cells <= max; i++) {
    const { text, where } = lines[i]
    if (RULE.test(text)) continue
    // The copy stops here, inside the table, before this cell's bar: the cell may be cut ("0" of "05").
    if (mode === 'terminated' && to >= lines.length && i === lastContent && !PIPE.test(text)) {
      cutInCell = true
      continue
    }
    if (mode === 'terminated' && (BARS_ONLY.test(text) || isTerminated(text))) {
      if (!BARS_ONLY.test(text)) cell(text.replace(/[|｜][|｜\s]*$/, ''), where)
      else if (text.trim().length === 1) cell('', where)
      continue
    }
    if (mode === 'separator' && (SEPARATOR_ALONE.test(text) || (text.includes('\t') && text.trim() === ''))) {
      // "\t\u00a0\t\u00a0\t": separators with the blank cells between them on one line.
      const parts = SEPARATOR_ALONE.test(text) ? ['', ''] : text.split('\t')
      parts.forEach((part, k) => {
        if (k > 0) {
          if (sinceSeparator === 0) seq.push(blank(where))
          sinceSeparator = 0
          empties = 0
          cells++
        }
        if (NBSP_ONLY.test(part)) cell('', where)
      })
      continue
    }
    if (NBSP_ONLY.test(text)) {
      cell('', where)
      continue
    }
    if (text.trim() === '') {
      if (text.includes('\t')) tabOnly++
      empties++
      continue
    }
    // A cell copied with a leading tab ("\t规章") is a cell per line, not a row.
    if (PIPE.test(text) || text.trim().includes('\t')) {
      empties = 0
      tabOnly = 0
      flush()
      const fields = rowFields(text, outerBars).flatMap((f) => (f === '' ? [''] : PIPE.test(text) ? [f] : splitRow(f)))
      cells += fields.length
      rows.push(boundedRow(fields, where))
      sinceSeparator = 1 // a bar alone after a row separates rows, not cells
      continue
    }
    cell(text, where)
  }
  flush()
  // A copy seen to stop inside a cell (a page excerpt) cut its last row: each cell closed by its bar
  // and a blank one a lone bar, the cells it has are in their places from the left. (Elsewhere a
  // short last row may as well have lost a blank cell, so it is not placed.)
  const last = rows.at(-1)
  if (last && cutInCell && last.values.length > 0) last.bounded = true
  return { rows, truncated: cells > max }
}

/** Values of a row with trailing blank cells beyond `expected` dropped (an empty line after the row). */
export function trimBlanks(values: readonly Token[], expected: number): readonly Token[] {
  let end = values.length
  while (end > expected && values[end - 1].text.trim() === '') end--
  return end === values.length ? values : values.slice(0, end)
}
