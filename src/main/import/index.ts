import type { DocBlock } from '../../shared/import/read-blocks'
import { ImportError, type ImportResult } from '../../shared/import/types'
import { ExchangeError, parseExchangeText } from '../../shared/report/exchange'
import { sniff } from './sniff'

// The readers load on first use: `check report.json` on the command line should not pay for
// word-extractor, iconv-lite and the label tables.
const readers = {
  blocks: () => import('../../shared/import/read-blocks'),
  text: () => import('../../shared/import/read-text'),
  html: () => import('../../shared/import/html'),
  docx: () => import('./docx'),
  doc: () => import('./doc'),
  pdf: () => import('./pdf'),
  decode: () => import('./decode')
}

// Reads any supported file, chosen by its content (magic bytes), never by its extension.

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
/** Characters of text a report can have (a long one has about 100 000; a web page adds markup). */
const MAX_TEXT_CHARS = 1_500_000
const MAX_HTML_CHARS = 5_000_000

function boundedText(text: string, max = MAX_TEXT_CHARS): string {
  if (text.length > max) throw tooMuchText(text.length)
  return text
}

const tooMuchText = (chars: number) => new ImportError(`文件中的文字过多（${Math.round(chars / 10000)}万字），不是年度报告文件`)

/** The text of a document's paragraphs and cells, bounded like a text file's. */
function boundedBlocks(blocks: DocBlock[]): DocBlock[] {
  let chars = 0
  for (const b of blocks) {
    if (b.kind === 'para') chars += b.text.length
    else for (const row of b.rows) for (const cell of row) chars += cell.text.length
    if (chars > MAX_TEXT_CHARS) throw tooMuchText(chars)
  }
  return blocks
}

export interface ImportOptions {
  /** Year assumed when the title names none (defaults to last calendar year). */
  fallbackYear?: number
}

/**
 * Reads any supported file (chosen by content, not extension) into an import result.
 * Throws ImportError with a Chinese message for a file it cannot read.
 */
export async function importFile(bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): Promise<ImportResult> {
  const fallbackYear = opts.fallbackYear ?? new Date().getFullYear() - 1
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new ImportError(`文件过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），年度报告文件通常不超过几MB，请确认选择的文件`)
  }
  const source = { fileName, fallbackYear }
  switch (sniff(bytes)) {
    case 'empty':
      throw new ImportError('文件是空的，没有任何内容')
    case 'zip': {
      const docx = (await readers.docx()).docxBlocks(bytes)
      return (await readers.blocks()).readBlocks(boundedBlocks(docx.blocks), { ...source, kind: docx.byNianbao ? 'nianbao-docx' : 'docx' })
    }
    case 'ole': {
      const doc = await (await readers.doc()).docContent(bytes)
      if ('blocks' in doc) return (await readers.blocks()).readBlocks(boundedBlocks(doc.blocks), { ...source, kind: 'doc' })
      return (await readers.text()).readText(boundedText(doc.text), { ...source, kind: 'doc' })
    }
    case 'rtf':
      throw new ImportError('这是RTF格式的文件，暂不能直接读取。请在Word或WPS中打开，另存为.docx后再导入')
    case 'pdf':
      return (await readers.pdf()).readPdf(bytes, source)
    case 'json':
      // The exchange file is UTF-8 by definition (a BOM is tolerated by the parser).
      return readJson(new TextDecoder('utf-8').decode(bytes), fileName)
    case 'html': {
      const html = boundedText((await readers.decode()).decodeText(bytes), MAX_HTML_CHARS)
      return (await readers.blocks()).readBlocks(boundedBlocks((await readers.html()).htmlBlocks(html)), { ...source, kind: 'html' })
    }
    case 'text': {
      const text = boundedText((await readers.decode()).decodeText(bytes))
      return (await readers.text()).readText(text, { ...source, kind: 'txt' })
    }
    default:
      throw new ImportError('无法识别的文件类型：支持Word（.docx/.doc）、PDF、网页（.html）、文本（.txt）和年报助手交换文件（.json）')
  }
}

function readJson(text: string, fileName: string): ImportResult {
  try {
    const report = parseExchangeText(text)
    const cells: ImportResult['cells'] = {}
    for (const [key, value] of Object.entries(report.cells)) if (value !== null) cells[key] = { where: `cells.${key}`, raw: String(value) }
    return { report, source: { kind: 'nianbao-json', fileName }, detectedFormat: report.format, cells, problems: [] }
  } catch (e) {
    if (e instanceof ExchangeError) throw new ImportError(e.message)
    throw e
  }
}
