import { denseGrid, type RawRow } from './grid'
import type { DocBlock } from './read-blocks'

// A saved web page to paragraphs and table grids. Government sites wrap the report in layout tables:
// a table that contains tables is treated as layout (its cells read as flowing text), one that
// does not is a data table (read with rowspan/colspan into a dense grid).

interface HNode {
  tag: string
  attrs: string
  children: (HNode | string)[]
  parent?: HNode
  depth: number
}

const MAX_DEPTH = 200

const VOID = new Set(['br', 'img', 'meta', 'link', 'input', 'hr', 'col', 'area', 'base', 'wbr', 'source'])
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'center', 'blockquote', 'pre', 'title', 'br', 'dd', 'dt'])
const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  mdash: '—', ndash: '–', hellip: '…', middot: '·', emsp: ' ', ensp: ' ', times: '×'
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m
    }
    return ENTITIES[e.toLowerCase()] ?? m
  })
}

/** Implicit closing rules of HTML that matter for tables and paragraphs. */
function closeImplied(cur: HNode, tag: string): HNode {
  const closes: Record<string, string[]> = { td: ['td', 'th'], th: ['td', 'th'], tr: ['tr'], p: ['p'], li: ['li'] }
  const stopAt = tag === 'tr' ? ['table', 'tbody', 'thead', 'tfoot'] : tag === 'td' || tag === 'th' ? ['tr', 'table'] : ['table', 'td', 'th', 'div']
  const list = closes[tag]
  if (!list) return cur
  let n: HNode | undefined = cur
  while (n && n.parent && !stopAt.includes(n.tag)) {
    if (list.includes(n.tag)) return n.parent
    n = n.parent
  }
  return cur
}

export function parseHtml(html: string): HNode {
  const root: HNode = { tag: '#root', attrs: '', children: [], depth: 0 }
  let cur = root
  const cleaned = html.replaceAll('\u0000', '').replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
  const re = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>|([^<]+)|(<)/g
  let m: RegExpExecArray | null
  while ((m = re.exec(cleaned))) {
    if (m[4] !== undefined || m[5] !== undefined) {
      cur.children.push(decodeEntities(m[4] ?? '<'))
      continue
    }
    const tag = m[2].toLowerCase()
    if (m[1] === '/') {
      let n: HNode | undefined = cur
      while (n && n.tag !== tag) n = n.parent
      if (n && n.parent) cur = n.parent
      continue
    }
    cur = closeImplied(cur, tag)
    const node: HNode = { tag, attrs: m[3], children: [], parent: cur, depth: cur.depth + 1 }
    cur.children.push(node)
    // Real pages nest a few dozen levels; deeper nesting is flattened so the walk stays bounded.
    if (!VOID.has(tag) && !m[3].trim().endsWith('/') && node.depth < MAX_DEPTH) cur = node
  }
  return root
}

function attrNumber(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs)
  return m ? Number(m[1]) : 1
}

function containsTable(n: HNode): boolean {
  return n.children.some((c) => typeof c !== 'string' && (c.tag === 'table' || containsTable(c)))
}

/** Text of a node with block boundaries as newlines and runs of spaces collapsed. */
function flowText(n: HNode): string {
  let s = ''
  for (const c of n.children) {
    if (typeof c === 'string') s += c.replace(/[ \t\r\n]+/g, ' ')
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
      const text = line.replace(/\s+$/, '').replace(/^\s+/, '')
      if (text !== '') blocks.push({ kind: 'para', text, where: `第${++paragraphs}段` })
    }
    pending = ''
  }
  const walk = (n: HNode) => {
    for (const c of n.children) {
      if (typeof c === 'string') {
        pending += c.replace(/[ \t\r\n]+/g, ' ')
        continue
      }
      if (c.tag === 'table' && !containsTable(c)) {
        flush()
        const rows: RawRow[] = rowsOf(c).map((tr) => ({
          cells: tr.children
            .filter((x): x is HNode => typeof x !== 'string' && (x.tag === 'td' || x.tag === 'th'))
            .map((td) => ({ text: cleanCell(flowText(td)), colSpan: attrNumber(td.attrs, 'colspan'), rowSpan: attrNumber(td.attrs, 'rowspan') }))
        }))
        blocks.push({ kind: 'table', rows: denseGrid(rows, ++tables) })
        continue
      }
      // An empty paragraph is a blank line of the text (as in Word), not just spacing.
      if (c.tag === 'p' && flowText(c).trim() === '') {
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
