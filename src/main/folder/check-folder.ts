import { relative } from 'node:path'
import { checkContent } from '../../shared/aggregate/status'
import type { FileCheck, FolderProgress } from '../../shared/folder-check/types'
import { ImportError } from '../../shared/import/types'
import { reportFromExchange } from '../../shared/report/create'
import type { CheckOptions } from '../../shared/rules'
import type { Importer } from '../import/isolated'
import { defaultConcurrency, runPool } from '../import/pool'
import { importPath } from '../import/read-path'
import { listFiles } from './list-files'

// 检查文件夹: every file of a folder read (each on its own import worker, a few at a time) and
// checked by the rules. A file that cannot be read is a result of its own, never the end of the run.

export interface FolderCheckOptions extends CheckOptions {
  importer: Importer
  concurrency?: number
  onProgress?: (progress: FolderProgress, result: FileCheck) => void
}

export async function checkFile(path: string, dir: string, options: FolderCheckOptions): Promise<FileCheck> {
  const file = relative(dir, path)
  try {
    const result = await importPath(path, options.importer)
    const report = reportFromExchange(result.report)
    const { warnings, counts } = checkContent(report, { today: options.today })
    return { file, ok: true, agency: report.agency, year: report.year, yearUnknown: result.yearUnknown === true, format: report.format, counts, warnings }
  } catch (e) {
    const message = e instanceof ImportError ? e.message : `检查时出现意外错误：${e instanceof Error ? e.message : String(e)}`
    return { file, ok: false, error: message.replace(/\s*\n\s*/g, ' ') }
  }
}

/** The folder's files, checked; results in file order. Throws FolderError when the folder cannot be listed. */
export async function checkFolder(dir: string, options: FolderCheckOptions): Promise<FileCheck[]> {
  return checkFiles(await listFiles(dir), dir, options)
}

/** Files already listed (see listFiles), checked; results in their order. */
export async function checkFiles(paths: readonly string[], dir: string, options: FolderCheckOptions): Promise<FileCheck[]> {
  let done = 0
  return runPool(paths, options.concurrency ?? defaultConcurrency(), (path) => checkFile(path, dir, options), (result) => {
    done++
    options.onProgress?.({ done, total: paths.length, current: result.file }, result)
  })
}
