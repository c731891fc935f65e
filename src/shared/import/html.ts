import { denseGrid, type RawRow } from './grid'
import { parseHtml, type HNode } from './html-dom'
import type { DocBlock } from './read-blocks'

// A saved web page to paragraphs and table grids. Government sites wrap the report in layout tables:
// a table that contains tables is treated as layout (its cells read as flowing text), one that
// does not is a data table (read with rowspan/colspan into a dense grid).

const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'center', 'blockquote', 'pre', 'title', 'br', 'dd', 'dt'])

/** A span attribute as browsers read it: leading digits, else 1 (clamped later by the grid). */
function spanAttr(node: HNode, name: string): number {
  const m = /^\s*(\d{1,6})/.exec(node.attrs[name] ?? '')
  return m ? Number(m[1]) : 1
}

/** Whether a node holds a table, remembered so nested layout tables are not scanned again and again. */
function tableFinder(): (n: HNode) => boolean {
  const known = new Map<HNode, boolean>()
  const has = (n: HNode): boolean => {
    let v = known.get(n)
    if (v === undefined) known.set(n, (v = n.children.some((c) => typeof c !== 'string' && (c.tag === 'table' || has(c)))))
    return v
  }
  return has
}

/** Whether a node holds no text but spaces (stops at the first letter). */
function isBlank(n: HNode): boolean {
  return n.children.every((c) => (typeof c === 'string' ? c.trim() === '' : isBlank(c)))
}

/** Text of a node with block boundaries as newlines and runs of spaces (&nbsp; too: pages indent with it) collapsed. */
function flowText(n: HNode): string {
  let s = ''
  for (const c of n.children) {
    if (typeof c === 'string') s += c.replace(/[ \t\r\n\u00a0]+/g, ' ')
    else {
      const block = BLOCK.has(c.tag)
      if (block) s += '\n'
      s += flowText(c)
      if (block) s += '\n'
    }
  }
  return s
}

function rowsOf(table: HNode): HNode[] {
  const out: HNode[] = []
  const visit = (n: HNode) => {
    for (const c of n.children) {
      if (typeof c === 'string') continue
      if (c.tag === 'tr') out.push(c)
      else if (c.tag !== 'table') visit(c)
    }
  }
  visit(table)
  return out
}

function cleanCell(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n')
}

const EMPTY_P = '\u0000'

export function htmlBlocks(html: string): DocBlock[] {
  const blocks: DocBlock[] = []
  let paragraphs = 0
  let tables = 0
  let pending = ''
  const flush = () => {
    for (const line of pending.split('\n')) {
      if (line === EMPTY_P) {
        blocks.push({ kind: 'para', text: '', where: `第${++paragraphs}段` })
        continue
      }
      const text = line.trim()
      if (text !== '') blocks.push({ kind: 'para', text, where: `第${++paragraphs}段` })
    }
    pending = ''
  }
  const containsTable = tableFinder()
  const walk = (n: HNode) => {
    for (const c of n.children) {
      if (typeof c === 'string') {
        pending += c.replace(/[ \t\r\n\u00a0]+/g, ' ')
        continue
      }
      if (c.tag === 'table' && !containsTable(c)) {
        flush()
        const rows: RawRow[] = rowsOf(c).map((tr) => ({
          cells: tr.children
            .filter((x): x is HNode => typeof x !== 'string' && (x.tag === 'td' || x.tag === 'th'))
            .map((td) => ({ text: cleanCell(flowText(td)), colSpan: spanAttr(td, 'colspan'), rowSpan: spanAttr(td, 'rowspan') }))
        }))
        blocks.push({ kind: 'table', rows: denseGrid(rows, ++tables) })
        continue
      }
      // An empty paragraph is a blank line of the text (as in Word), not just spacing.
      if (c.tag === 'p' && isBlank(c)) {
        pending += `\n${EMPTY_P}\n`
        continue
      }
      const block = BLOCK.has(c.tag) || c.tag === 'td' || c.tag === 'th'
      if (block) pending += '\n'
      walk(c)
      if (block) pending += '\n'
    }
  }
  walk(parseHtml(html))
  flush()
  return blocks
}
