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
  decode: () => import('./decode')
}

// Reads any supported file, chosen by its content (magic bytes), never by its extension.

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024
/** Characters of text a report can have (a long one has about 100 000; a web page adds markup). */
const MAX_TEXT_CHARS = 1_500_000
const MAX_HTML_CHARS = 30_000_000

function boundedText(text: string, max = MAX_TEXT_CHARS): string {
  if (text.length > max) throw new ImportError(`文件中的文字过多（${Math.round(text.length / 10000)}万字），不是年度报告文件`)
  return text
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
      return (await readers.blocks()).readBlocks(docx.blocks, { ...source, kind: docx.byNianbao ? 'nianbao-docx' : 'docx' })
    }
    case 'ole': {
      const doc = await (await readers.doc()).docContent(bytes)
      if ('blocks' in doc) return (await readers.blocks()).readBlocks(doc.blocks, { ...source, kind: 'doc' })
      return (await readers.text()).readText(boundedText(doc.text), { ...source, kind: 'doc' })
    }
    case 'rtf':
      throw new ImportError('这是RTF格式的文件，暂不能直接读取。请在Word或WPS中打开，另存为.docx后再导入')
    case 'pdf':
      throw new ImportError('这是PDF文件，无法可靠地读取其中的表格。请使用年度报告的Word文件，或从网站上另存网页（.html）后导入')
    case 'json':
      // The exchange file is UTF-8 by definition (a BOM is tolerated by the parser).
      return readJson(new TextDecoder('utf-8').decode(bytes), fileName)
    case 'html': {
      const html = boundedText((await readers.decode()).decodeText(bytes), MAX_HTML_CHARS)
      return (await readers.blocks()).readBlocks((await readers.html()).htmlBlocks(html), { ...source, kind: 'html' })
    }
    case 'text': {
      const text = boundedText((await readers.decode()).decodeText(bytes))
      return (await readers.text()).readText(text, { ...source, kind: 'txt' })
    }
    default:
      throw new ImportError('无法识别的文件类型：支持Word（.docx/.doc）、网页（.html）、文本（.txt）和年报助手交换文件（.json）')
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
