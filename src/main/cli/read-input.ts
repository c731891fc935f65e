import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_IMPORT_BYTES } from '../import'
import { importIsolated } from '../import/isolated'
import { ImportError, type ImportResult } from '../../shared/import/types'
import type { ExchangeReport } from '../../shared/report'

// Reading a report given on the command line, in any format the importer reads (exchange JSON,
// .docx, .doc, .html, .txt), chosen by content.

/** A file that cannot be read as a report: the message is one line of plain Chinese. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ')
}

/** Reads and imports a file, with the import account (where each cell came from, problems). */
export async function importReportFile(path: string): Promise<ImportResult> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' })
    if (info.size > MAX_IMPORT_BYTES) throw new InputError(`文件“${path}”过大（${(info.size / 1024 / 1024).toFixed(1)} MB），不是年度报告文件`)
    bytes = new Uint8Array(await readFile(path))
  } catch (e) {
    if (e instanceof InputError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`找不到文件“${path}”`)
    if (code === 'EISDIR') throw new InputError(`“${path}”是文件夹，不是报告文件`)
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`没有权限读取文件“${path}”`)
    throw new InputError(`无法读取文件“${path}”：${(e as Error).message}`)
  }
  try {
    // On a worker with a time and memory limit: a hostile file ends in one line, never a hang.
    return await importIsolated(bytes, basename(path))
  } catch (e) {
    // Whatever a reader throws, a file that cannot be read ends in one line of Chinese (exit 2).
    const message = e instanceof ImportError ? oneLine(e.message) : e instanceof Error ? e.message : String(e)
    throw new InputError(`无法读取“${path}”：${message}`)
  }
}

export async function readReportFile(path: string): Promise<ExchangeReport> {
  return (await importReportFile(path)).report
}
