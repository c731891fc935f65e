import { ImportError } from '../../shared/import/types'

// A small, strict XML reader for the parts of a .docx. It builds only a light tree (local names,
// attributes by local name, text), is several times faster than a full DOM on a 300 KB
// document.xml, and refuses any document type declaration: Word never writes one, and entity
// definitions are the vehicle of entity-expansion and external-entity tricks. Only the five
// predefined entities and numeric character references are decoded.

export interface XElement {
  name: string
  attrs: Record<string, string>
  children: (XElement | string)[]
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function decode(s: string, what: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&([^;\s]{0,10});/g, (_m, e: string) => {
    if (PREDEFINED[e]) return PREDEFINED[e]
    const code = e[0] === '#' ? (e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : NaN
    if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code)
    throw new ImportError(`${what}中含有未定义的实体“&${e};”，文件已损坏或不是Word生成的`)
  })
}

const MAX_DEPTH = 400
/**
 * Elements built (formatting skipped). Real reports build one element per 80–90 bytes of
 * document.xml (3 000–3 600 for 190–300 KB), so the longest (2 MB) builds about 25 000, and the
 * byte limit of the zip reader (8 MB) about 100 000: a document past that is a flood, and stopping
 * there spares half the work a higher cap would do before refusing.
 */
export const MAX_XML_ELEMENTS = 100_000
/** Shared by the elements without attributes (most of them): one object fewer to build each. */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>

const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1)

/**
 * Parses XML into a light tree. Elements named in `skip` (formatting such as w:rPr, drawings) are
 * passed over whole, unread: most of a document.xml is formatting, and building it costs time.
 */
export function parseXml(text: string, what: string, skip: ReadonlySet<string> = new Set()): XElement {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new ImportError(`${what}中含有文档类型声明（DOCTYPE/ENTITY），这不是Word生成的正常文件，已拒绝读取`)
  }
  const root: XElement = { name: '#document', attrs: {}, children: [] }
  const stack: { el: XElement; qname: string }[] = [{ el: root, qname: '' }]
  const re = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|([^<]+)|(<)/g
  const attrRe = /([\w:.-]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g
  let elements = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const top = stack[stack.length - 1]
    if (m[7] !== undefined) throw new ImportError(`${what}已损坏，无法解析（第${m.index}个字符处的“<”）`)
    if (m[6] !== undefined) {
      if (stack.length > 1) top.el.children.push(decode(m[6], what))
      else if (m[6].trim() !== '') throw new ImportError(`${what}已损坏，无法解析（根元素之外有文字）`)
      continue
    }
    if (m[5] !== undefined) {
      top.el.children.push(m[5])
      continue
    }
    if (m[2] === undefined) continue // declaration or comment
    const qname = m[2]
    if (m[1] === '/') {
      if (top.qname !== qname) throw new ImportError(`${what}已损坏，无法解析（标签</${qname}>与<${top.qname || '无'}>不匹配）`)
      stack.pop()
      continue
    }
    const name = localName(qname)
    if (skip.has(name)) {
      if (m[4] === '/') continue
      const end = text.indexOf(`</${qname}>`, re.lastIndex)
      if (end < 0) throw new ImportError(`${what}不完整（文件被截断或已损坏），无法解析`)
      re.lastIndex = end + qname.length + 3
      continue
    }
    let attrs = NO_ATTRS
    if (m[3] !== '') {
      attrs = {}
      for (const a of m[3].matchAll(attrRe)) attrs[localName(a[1])] = decode(a[2] ?? a[3] ?? '', what)
    }
    if (++elements > MAX_XML_ELEMENTS) throw new ImportError(`${what}的元素过多（超过${MAX_XML_ELEMENTS / 10000}万个），不是年度报告文件，已停止读取`)
    const el: XElement = { name, attrs, children: [] }
    top.el.children.push(el)
    if (m[4] !== '/') {
      // Word nests a few dozen levels at most; a deeper tree is hostile (and would exhaust the stack).
      if (stack.length > MAX_DEPTH) throw new ImportError(`${what}的结构嵌套过深，不是正常的Word文档`)
      stack.push({ el, qname })
    }
  }
  if (stack.length !== 1) throw new ImportError(`${what}不完整（文件被截断或已损坏），无法解析`)
  const first = root.children.find((c): c is XElement => typeof c !== 'string')
  if (!first) throw new ImportError(`${what}没有内容`)
  return first
}

export function textContent(el: XElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('')
}
