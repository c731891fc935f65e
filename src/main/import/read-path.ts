import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ImportError, type ImportResult } from '../../shared/import/types'
import { MAX_IMPORT_BYTES } from './index'
import type { Importer } from './isolated'

// One file from disk through an importer (on its worker): every failure is an ImportError whose
// message names the file in plain Chinese.

/** The bytes of a report file; every failure an ImportError naming the file as `label`. */
export async function readReportBytes(path: string, label: string): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new ImportError(`“${label}”是文件夹，不是报告文件`)
    if (!info.isFile()) throw new ImportError(`“${label}”不是文件`)
    if (info.size > MAX_IMPORT_BYTES) throw new ImportError(`文件“${label}”过大（${(info.size / 1024 / 1024).toFixed(1)} MB），不是年度报告文件`)
    return new Uint8Array(await readFile(path))
  } catch (e) {
    if (e instanceof ImportError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ImportError(`找不到文件“${label}”`)
    if (code === 'EACCES' || code === 'EPERM') throw new ImportError(`没有权限读取文件“${label}”`)
    throw new ImportError(`无法读取文件“${label}”：${(e as Error).message}`)
  }
}

export async function importPath(path: string, importer: Importer): Promise<ImportResult> {
  const name = basename(path)
  const bytes = await readReportBytes(path, name)
  try {
    return await importer(bytes, name)
  } catch (e) {
    if (e instanceof ImportError) throw e
    throw new ImportError(`无法读取“${name}”：${e instanceof Error ? e.message : String(e)}`)
  }
}
