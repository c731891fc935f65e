import WordExtractor from 'word-extractor'
import { ImportError } from '../../shared/import/types'
import { hasOleStream } from './sniff'

// A Word 97–2003 .doc (an OLE compound file) to its body text. Table cells come out separated by
// tabs (cell marks), which the text reader handles like text copied out of a document.

export async function docText(bytes: Uint8Array): Promise<string> {
  if (hasOleStream(bytes, 'EncryptedPackage') || hasOleStream(bytes, 'EncryptionInfo')) {
    throw new ImportError('文件设置了打开密码（已加密），无法读取。请在Word或WPS中取消密码后另存，再导入')
  }
  if (!hasOleStream(bytes, 'WordDocument')) {
    throw new ImportError('这是一个旧版Office文件，但不是Word文档（可能是Excel或PowerPoint文件）。请选择年度报告的Word文件')
  }
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    return doc.getBody({ filterUnicode: false })
  } catch (e) {
    throw new ImportError(`无法读取该Word 97–2003文档（可能已损坏或已加密：${(e as Error).message}）。请在Word或WPS中打开后另存为.docx再导入`)
  }
}
