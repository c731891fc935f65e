import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'

// The files of a folder a user points at: its reports, also in sub-folders (one per department is
// common), leaving out what the system and office programs put there (hidden files, "~$" locks).

export const MAX_FOLDER_FILES = 2000
const MAX_DEPTH = 4
const SKIPPED = /^(\.|~\$|Thumbs\.db$|desktop\.ini$)/i

export class FolderError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FolderError'
  }
}

/** Paths of the folder's files (absolute), sorted by their path within the folder. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (at: string, depth: number) => {
    const entries = await readdir(at, { withFileTypes: true })
    for (const e of entries) {
      if (SKIPPED.test(e.name)) continue
      const path = join(at, e.name)
      if (e.isDirectory() && depth < MAX_DEPTH) await walk(path, depth + 1)
      else if (e.isFile()) out.push(path)
      if (out.length > MAX_FOLDER_FILES) throw new FolderError(`文件夹中的文件超过${MAX_FOLDER_FILES}个，请选择只放年度报告的文件夹`)
    }
  }
  try {
    await walk(dir, 0)
  } catch (e) {
    if (e instanceof FolderError) throw e
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new FolderError(`找不到文件夹“${dir}”`)
    if (code === 'ENOTDIR') throw new FolderError(`“${dir}”不是文件夹`)
    if (code === 'EACCES' || code === 'EPERM') throw new FolderError(`没有权限读取文件夹“${dir}”`)
    throw new FolderError(`无法读取文件夹“${dir}”：${(e as Error).message}`)
  }
  return out.sort((a, b) => relative(dir, a).localeCompare(relative(dir, b), 'zh-CN'))
}
