import { pdfBlocks } from '../../shared/import/pdf/blocks'
import { readBlocks, type BlockSource } from '../../shared/import/read-blocks'
import { ImportError, type ImportResult } from '../../shared/import/types'
import { pdfPages } from './pdf-text'

// A PDF with a text layer (saved as PDF by Word, WPS or LibreOffice) to an import result.

/** Fewer characters than this on all pages: the PDF is pictures of pages (a scan). */
const MIN_TEXT_CHARS = 20

export async function readPdf(bytes: Uint8Array, source: Omit<BlockSource, 'kind'>): Promise<ImportResult> {
  const reading = pdfBlocks(await pdfPages(bytes))
  if (reading.textChars < MIN_TEXT_CHARS) {
    throw new ImportError(
      '这个PDF文件没有文字层（是扫描件或图片），无法读取其中的文字和表格。请导入年度报告的Word原件，或从政府网站上发布的年度报告网页复制文字、另存网页（.html）后导入'
    )
  }
  const result = readBlocks(reading.blocks, { ...source, kind: 'pdf' })
  return { ...result, problems: [...reading.problems, ...result.problems] }
}
