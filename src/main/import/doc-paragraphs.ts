import { createRequire } from 'node:module'
import { ImportError } from '../../shared/import/types'

// The one adapter over word-extractor's internals (pinned 1.0.4). Its own text output turns both a
// cell mark and a row-end mark into a tab and misses most row ends (it skips sprmTDefTable with a
// one-byte length), so a heading after a table is glued onto the table's last row. Here its piece
// table and tracked-deletion marks are reused, and the paragraph properties are read again, right:
// each paragraph comes out with its end mark and whether it is a table cell or a row end, and a row
// end carries the row's cell boundaries (for grid columns and merged cells).

const require = createRequire(import.meta.url)

/** Characters of body text: a long report has about 100 000 (the text reader's limit, 1.5 million). */
export const MAX_DOC_CHARS = 1_500_000
const tooMuchText = (chars: number) => new ImportError(`Word文档中的文字过多（${Math.round(chars / 10000)}万字），不是年度报告文件，已停止读取`)

export interface RowDef {
  /** Cell boundaries in twips, itcMac + 1 of them. */
  centers: number[]
  /** Per cell: TC80 flags (fFirstMerged 1, fMerged 2, fVertMerge 0x20, fVertRestart 0x40). */
  flags: number[]
}

export interface DocParagraph {
  /** Text without its end mark; fields show their result, tracked deletions are gone. */
  text: string
  /** '\r' an ordinary paragraph or a paragraph inside a cell, '\x07' a cell or row end. */
  end: string
  inTable: boolean
  /** A row-end mark (sprmPFTtp). */
  rowEnd: boolean
  /** Nesting depth of the table (1 for an ordinary table). */
  depth: number
  row?: RowDef
}

interface Piece {
  text: string
  startCp: number
  endCp: number
  startFilePos: number
  endFilePos: number
  bpc: number
}

interface ParaProps {
  inTable: boolean
  rowEnd: boolean
  depth: number
  row?: RowDef
}

const sprm = { inTable: 0x2416, ttp: 0x2417, depth: 0x6649, innerCell: 0x244b, innerTtp: 0x244c, defTable: 0xd608, hugePapx: 0x6646 }

function readRowDef(buf: Buffer, at: number, end: number): RowDef | undefined {
  const n = buf.readUInt8(at)
  if (n === 0 || at + 1 + 2 * (n + 1) > end) return undefined
  const centers: number[] = []
  for (let i = 0; i <= n; i++) centers.push(buf.readInt16LE(at + 1 + 2 * i))
  const flags: number[] = []
  const tcAt = at + 1 + 2 * (n + 1)
  for (let i = 0; i < n; i++) flags.push(tcAt + 20 * i + 2 <= end ? buf.readUInt16LE(tcAt + 20 * i) : 0)
  return { centers, flags }
}

/** Applies a grpprl's table-related sprms to props; every operand length per [MS-DOC] 2.2.5.1. */
function applySprms(buf: Buffer, from: number, to: number, props: ParaProps, data: Buffer | undefined): void {
  let at = from
  while (at + 2 <= to) {
    const op = buf.readUInt16LE(at)
    at += 2
    const spra = op >> 13
    let len: number
    if (op === sprm.defTable) {
      // The one operand whose size is two bytes (cb counts itself minus one).
      if (at + 2 > to) return
      const cb = buf.readUInt16LE(at)
      props.row = readRowDef(buf, at + 2, Math.min(to, at + 1 + cb))
      len = cb + 1
    } else if (spra === 6) len = at < to ? buf.readUInt8(at) + 1 : 1
    else len = [1, 1, 2, 4, 2, 2, 0, 3][spra]
    if (at + len > to && spra !== 6) return
    if (op === sprm.inTable || op === sprm.innerCell) props.inTable = props.inTable || buf.readUInt8(at) === 1
    else if (op === sprm.ttp || op === sprm.innerTtp) props.rowEnd = props.rowEnd || buf.readUInt8(at) === 1
    else if (op === sprm.depth) props.depth = buf.readInt32LE(at)
    else if (op === sprm.hugePapx && data) {
      // Properties too large for the page are kept in the Data stream.
      const off = buf.readUInt32LE(at)
      if (off + 2 <= data.length) {
        const cb = data.readUInt16LE(off)
        applySprms(data, off + 2, Math.min(data.length, off + 2 + cb), props, undefined)
      }
    }
    at += len
  }
}

/** Paragraph properties by the file position of each paragraph's last character. */
function readPapx(word: Buffer, table: Buffer, data: Buffer | undefined): Map<number, ParaProps> {
  const out = new Map<number, ParaProps>()
  const fc = word.readUInt32LE(0x0102)
  const lcb = word.readUInt32LE(0x0106)
  const count = (lcb - 4) / 8
  if (!Number.isInteger(count) || count <= 0 || fc + lcb > table.length) return out
  for (let i = 0; i < count; i++) {
    const pn = table.readUInt32LE(fc + (count + 1) * 4 + i * 4) & 0x3fffff
    const fkp = word.subarray(pn * 512, pn * 512 + 512)
    if (fkp.length < 512) continue
    const crun = fkp.readUInt8(511)
    for (let j = 0; j < crun; j++) {
      const endFc = fkp.readUInt32LE((j + 1) * 4)
      const bx = fkp.readUInt8((crun + 1) * 4 + j * 13) * 2
      const props: ParaProps = { inTable: false, rowEnd: false, depth: 0 }
      if (bx !== 0) {
        // PapxInFkp: cb, or 0 and cb'; then the style index (2 bytes) and the grpprl.
        const cb = fkp.readUInt8(bx)
        const [start, size] = cb !== 0 ? [bx + 1, 2 * cb - 1] : [bx + 2, 2 * fkp.readUInt8(bx + 1)]
        applySprms(fkp, start + 2, Math.min(511, start + size), props, data)
      }
      if (props.inTable && props.depth === 0) props.depth = 1
      out.set(endFc, props)
    }
  }
  return out
}

/** Characters of field codes (between \x13 and \x14) dropped; field results kept. */
function withoutFieldCodes(text: string): string {
  let out = ''
  const stack: boolean[] = [] // per open field: in its result part
  let inCode = 0 // open fields still in their code part: a count, so a flood of \x13 stays linear
  for (const ch of text) {
    if (ch === '\x13') {
      stack.push(false)
      inCode++
    } else if (ch === '\x14') {
      if (stack.length > 0 && !stack[stack.length - 1]) {
        stack[stack.length - 1] = true
        inCode--
      }
    } else if (ch === '\x15') {
      if (stack.pop() === false) inCode--
    } else if (inCode === 0) out += ch
  }
  return out
}

/** Inline control characters to text: line and page breaks to \n, the rest (deletions, anchors) dropped. */
export function cleanInline(text: string): string {
  let out = ''
  for (const ch of withoutFieldCodes(text)) {
    const c = ch.charCodeAt(0)
    if (c === 0x0b || c === 0x0c) out += '\n'
    else if (c === 0x1e) out += '\u2011' // non-breaking hyphen
    else if (c >= 0x20 || c === 0x09) out += ch
  }
  return out
}

interface Extractor {
  _pieces: Piece[]
  _boundaries: { ccpText: number }
}

/** The body's paragraphs with their table properties, in document order. */
export async function docParagraphs(bytes: Buffer): Promise<DocParagraph[]> {
  const WordOleExtractor = require('word-extractor/lib/word-ole-extractor')
  const BufferReader = require('word-extractor/lib/buffer-reader')
  let papx = new Map<number, ParaProps>()
  let original = ''
  // Reuse the extractor's piece table and deletion marks; read paragraph properties ourselves.
  class Structured extends WordOleExtractor {
    extractWordDocument(document: { _rootStorage?: { _dirEntry?: { streams?: Record<string, unknown> } } }, buffer: Buffer) {
      const hasData = !!document._rootStorage?._dirEntry?.streams?.Data
      const data: Promise<Buffer | undefined> = hasData ? this.bytesOf(document, 'Data').catch(() => undefined) : Promise.resolve(undefined)
      // ccpText (FIB): the body's length, known before any text is read.
      if (buffer.length >= 0x50 && buffer.readUInt32LE(0x4c) > MAX_DOC_CHARS) throw tooMuchText(buffer.readUInt32LE(0x4c))
      const flags = buffer.readUInt16LE(0xa)
      const tableName = (flags & 0x0200) !== 0 ? '1Table' : '0Table'
      return data.then((d: Buffer | undefined) =>
        this.bytesOf(document, tableName).then((table: Buffer) => {
          papx = readPapx(buffer, table, d)
          return super.extractWordDocument(document, buffer)
        })
      )
    }
    bytesOf(document: unknown, name: string): Promise<Buffer> {
      return this.documentStream(document, name).then((s: unknown) => this.streamBuffer(s))
    }
    writeCharacterProperties(...args: unknown[]) {
      // Tracked deletions overwrite text with NULs, end marks included: keep the marks to split on.
      original = this._pieces.map((p: Piece) => p.text).join('')
      return super.writeCharacterProperties(...args)
    }
    writeParagraphProperties() {
      // Replaced by readPapx: the original overwrites row ends it can find with newlines.
    }
  }
  const ex = new Structured() as unknown as Extractor & { extract(r: unknown): Promise<unknown> }
  await ex.extract(new BufferReader(bytes))
  const pieces = ex._pieces
  const total = ex._boundaries.ccpText
  const body = pieces
    .map((p) => p.text)
    .join('')
    .slice(0, total)
  if (body.length > MAX_DOC_CHARS) throw tooMuchText(body.length)
  const out: DocParagraph[] = []
  let from = 0
  let at = 0 // the piece holding cp: word-extractor lays pieces end to end, so the search moves forward only
  for (let cp = 0; cp < body.length; cp++) {
    const ch = original[cp]
    if (ch !== '\r' && ch !== '\x07') continue
    // Properties are keyed by the file position just after the paragraph's end mark.
    while (at < pieces.length && pieces[at].endCp <= cp) at++
    const piece = at < pieces.length && cp >= pieces[at].startCp ? pieces[at] : undefined
    const props = piece ? papx.get(piece.startFilePos + (cp + 1 - piece.startCp) * piece.bpc) : undefined
    out.push({ text: cleanInline(body.slice(from, cp)), end: ch, inTable: props?.inTable ?? ch === '\x07', rowEnd: props?.rowEnd ?? false, depth: props?.depth ?? 0, row: props?.row })
    from = cp + 1
  }
  if (from < body.length) out.push({ text: cleanInline(body.slice(from)), end: '\r', inTable: false, rowEnd: false, depth: 0 })
  return out
}
