import { ImportError, type ImportResult } from '../../shared/import/types'

/**
 * Reads any supported file (chosen by content, not extension) into an import result.
 * Throws ImportError with a Chinese message for a file it cannot read.
 * TEMPORARY STUB until the importer lands (issue 5).
 */
export async function importFile(_bytes: Uint8Array, _fileName: string): Promise<ImportResult> {
  throw new ImportError('导入功能尚未完成')
}
