import { denseGrid, type RawCell, type RawRow } from '../../shared/import/grid'
import type { DocBlock } from '../../shared/import/read-blocks'
import { ImportError } from '../../shared/import/types'
import { parseXml, textContent, type XElement } from './xml'
import { readZipEntries } from './zip'

// A .docx to paragraphs and dense table grids: spans and vertical merges resolved, content
// controls unwrapped, tracked insertions kept and deletions dropped.

type Element = XElement

function children(node: Element): Element[] {
  return node.children.filter((c): c is Element => typeof c !== 'string')
}

function child(node: Element, name: string): Element | undefined {
  return children(node).find((c) => c.name === name)
}

function val(el: Element | undefined): string | null {
  return el?.attrs.val ?? null
}

/** Text of a paragraph or run container, in document order. */
function textOf(node: Element): string {
  let s = ''
  for (const c of children(node)) {
    switch (c.name) {
      case 't':
        s += textContent(c)
        break
      case 'tab':
        s += '\t'
        break
      case 'br':
      case 'cr':
        s += '\n'
        break
      case 'del': // tracked deletion: not part of the document any more
      case 'delText':
      case 'instrText': // field code, not its result
      case 'pPr':
      case 'rPr':
        break
      default:
        s += textOf(c)
    }
  }
  return s
}

interface Walk {
  blocks: DocBlock[]
  paragraphs: number
  tables: number
}

function cellText(tc: Element, walk: Walk): string {
  const parts: string[] = []
  for (const c of unwrap(tc)) {
    if (c.name === 'p') parts.push(textOf(c))
    else if (c.name === 'tbl') readTable(c, walk) // a nested table stands on its own
  }
  return parts.join('\n')
}

/** Children with content controls (w:sdt) and custom XML wrappers opened up. */
function unwrap(node: Element): Element[] {
  return children(node).flatMap((c) => {
    if (c.name === 'sdt') {
      const content = child(c, 'sdtContent')
      return content ? unwrap(content) : []
    }
    if (c.name === 'customXml' || c.name === 'ins' || c.name === 'smartTag') return unwrap(c)
    if (c.name === 'del') return []
    return [c]
  })
}

function readTable(tbl: Element, walk: Walk): void {
  const tableNo = ++walk.tables
  const rows: RawRow[] = []
  const nested: DocBlock[] = []
  const inner: Walk = { blocks: nested, paragraphs: walk.paragraphs, tables: walk.tables }
  for (const tr of unwrap(tbl).filter((c) => c.name === 'tr')) {
    const trPr = child(tr, 'trPr')
    const cells: RawCell[] = []
    for (const tc of unwrap(tr).filter((c) => c.name === 'tc')) {
      const tcPr = child(tc, 'tcPr')
      const vMerge = tcPr ? child(tcPr, 'vMerge') : undefined
      cells.push({
        text: cellText(tc, inner),
        colSpan: Number(val(tcPr ? child(tcPr, 'gridSpan') : undefined) ?? 1) || 1,
        vMergeContinue: vMerge !== undefined && val(vMerge) !== 'restart'
      })
    }
    // w:gridAfter needs no handling: trailing empty grid columns hold nothing to read.
    rows.push({ cells, before: Number(val(trPr ? child(trPr, 'gridBefore') : undefined) ?? 0) || 0 })
  }
  walk.tables = inner.tables
  walk.blocks.push({ kind: 'table', rows: denseGrid(rows, tableNo) }, ...nested)
}

function walkBody(node: Element, walk: Walk): void {
  for (const c of unwrap(node)) {
    if (c.name === 'p') {
      walk.paragraphs++
      walk.blocks.push({ kind: 'para', text: textOf(c), where: `第${walk.paragraphs}段` })
    } else if (c.name === 'tbl') readTable(c, walk)
  }
}

export interface DocxContent {
  blocks: DocBlock[]
  /** Written by nianbao's own exporter (custom document property nianbao = report@1). */
  byNianbao: boolean
}

const DOCUMENT = 'word/document.xml'
// Formatting and drawings: never needed to read the report, and most of the XML.
const UNREAD = new Set(['rPr', 'pPr', 'tblPr', 'tblGrid', 'sectPr', 'tblPrEx', 'tcBorders', 'shd', 'drawing', 'pict', 'object', 'AlternateContent'])
const CUSTOM_PROPS = 'docProps/custom.xml'

export function docxBlocks(bytes: Uint8Array): DocxContent {
  const entries = readZipEntries(bytes, [DOCUMENT, CUSTOM_PROPS])
  const entry = entries[DOCUMENT]
  if (!entry) throw new ImportError('这是一个压缩包，但不是Word文档（缺少 word/document.xml）。请选择.docx格式的年度报告')
  const text = new TextDecoder('utf-8', { fatal: false }).decode(entry)
  const doc = parseXml(text, 'Word文档内容（document.xml）', UNREAD)
  const body = child(doc, 'body')
  if (!body) throw new ImportError('Word文档中没有正文（缺少 w:body）')
  const walk: Walk = { blocks: [], paragraphs: 0, tables: 0 }
  walkBody(body, walk)
  // Our exporter writes a few hundred bytes there; the search stays short on any file.
  const custom = entries[CUSTOM_PROPS] ? new TextDecoder().decode(entries[CUSTOM_PROPS].subarray(0, 64 * 1024)) : ''
  return { blocks: walk.blocks, byNianbao: /name="nianbao"[\s\S]{0,200}?report@1/.test(custom) }
}
