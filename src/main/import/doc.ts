import WordExtractor from 'word-extractor'
import type { DocBlock } from '../../shared/import/read-blocks'
import { ImportError } from '../../shared/import/types'
import { docBlocks } from './doc-blocks'
import { docParagraphs } from './doc-paragraphs'
import { checkCompoundFile } from './ole'
import { hasOleStream } from './sniff'

// A Word 97–2003 .doc (an OLE compound file): paragraphs and tables with their cell positions, like
// a .docx. Should the paragraph properties be unreadable, the body text (cells separated by tabs)
// still goes to the text reader.

export type DocContent = { blocks: DocBlock[] } | { text: string }

export async function docContent(bytes: Uint8Array): Promise<DocContent> {
  if (hasOleStream(bytes, 'EncryptedPackage') || hasOleStream(bytes, 'EncryptionInfo')) {
    throw new ImportError('文件设置了打开密码（已加密），无法读取。请在Word或WPS中取消密码后另存，再导入')
  }
  if (!hasOleStream(bytes, 'WordDocument')) {
    checkCompoundFile(bytes, []) // a truncated .doc may have lost its directory: it says so
    throw new ImportError('这是一个旧版Office文件，但不是Word文档（可能是Excel或PowerPoint文件）。请选择年度报告的Word文件')
  }
  // Sizes and sector chains checked before word-extractor, which trusts them, reads the file.
  checkCompoundFile(bytes)
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  try {
    const blocks = docBlocks(await docParagraphs(buffer))
    if (blocks.some((b) => b.kind === 'table')) return { blocks }
  } catch (e) {
    if (e instanceof ImportError) throw e // a cap: the plain text would be as much
    // Otherwise fall through to the plain text below.
  }
  try {
    const doc = await new WordExtractor().extract(buffer)
    return { text: doc.getBody({ filterUnicode: false }) }
  } catch (e) {
    throw new ImportError(`无法读取该Word 97–2003文档（可能已损坏或已加密：${(e as Error).message}）。请在Word或WPS中打开后另存为.docx再导入`)
  }
}
