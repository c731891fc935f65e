import { unzipSync } from 'fflate'
import { ImportError } from '../../shared/import/types'

// Reading one entry of a zip (a .docx) with bounds: a zip bomb or a damaged archive ends in a
// clear ImportError instead of exhausting memory. Only the entries wanted are inflated; each may
// hold 8 MB, four times the XML of the longest real report (under 2 MB): past that a
// document.xml is a bomb that would build millions of elements.

export const ZIP_LIMITS = { maxEntries: 2000, maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 }

export function readZipEntries(bytes: Uint8Array, wanted: readonly string[], limits = ZIP_LIMITS): Record<string, Uint8Array> {
  let entries = 0
  let total = 0
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        entries++
        total += file.originalSize
        if (entries > limits.maxEntries) throw new ImportError(`压缩包中的文件过多（超过${limits.maxEntries}个），不是正常的Word文档`)
        const want = wanted.includes(file.name)
        if (total > limits.maxTotalBytes || (want && file.originalSize > limits.maxEntryBytes)) {
          throw new ImportError('文件解压后过大（可能是“压缩炸弹”），已拒绝读取')
        }
        return want
      }
    })
  } catch (e) {
    if (e instanceof ImportError) throw e
    throw new ImportError(`文件已损坏，无法解压（${(e as Error).message}）。请在Word或WPS中打开后重新另存为.docx`)
  }
  // The declared size bounds the buffer; a stream that inflates beyond it is a forged archive.
  if (Object.values(files).some((d) => d.length > limits.maxEntryBytes)) throw new ImportError('文件解压后过大（可能是“压缩炸弹”），已拒绝读取')
  return files
}
