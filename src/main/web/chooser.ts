import { realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'
import type { FileDialogs } from '../ipc/deps'

// The web bridge's stand-in for native file dialogs: a test sets what the next open or save
// dialog "chooses", and only paths inside the folders given with --files are accepted — after
// following symbolic links, so a link inside the folder cannot lead out of it.

export class PathNotAllowedError extends Error {
  constructor(path: string) {
    super(`路径“${path}”不在允许的文件夹内。`)
    this.name = 'PathNotAllowedError'
  }
}

function realOrNull(path: string): string | null {
  try {
    return realpathSync(path)
  } catch {
    return null
  }
}

function realOrSelf(path: string): string {
  return realOrNull(path) ?? path
}

export class TestChooser implements FileDialogs {
  private nextOpen: string | null = null
  private nextSave: string | null = null
  private nextFolder: string | null = null
  private readonly allowed: string[]

  constructor(allowedDirs: readonly string[]) {
    this.allowed = allowedDirs.map((d) => realOrSelf(resolve(d)))
  }

  private inside(path: string): boolean {
    return this.allowed.some((dir) => {
      const rel = relative(dir, path)
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
    })
  }

  private check(path: unknown): string {
    if (typeof path !== 'string' || path === '' || path.length > 4096 || path.includes('\0')) throw new PathNotAllowedError(String(path))
    const full = resolve(path)
    // Where it really is: the file itself when it exists (it may be a link), else its folder.
    const real = realOrNull(full) ?? join(realOrSelf(dirname(full)), basename(full))
    if (!this.inside(real) && !(this.inside(dirname(real)) || this.allowed.includes(dirname(real)))) throw new PathNotAllowedError(path)
    return full
  }

  /** A path inside the allowed folders, made absolute (else PathNotAllowedError). */
  allowedPath(path: unknown): string {
    return this.check(path)
  }

  setNextOpen(path: unknown): string {
    this.nextOpen = this.check(path)
    return this.nextOpen
  }

  setNextSave(path: unknown): string {
    this.nextSave = this.check(path)
    return this.nextSave
  }

  /** The next folder dialog's choice: a folder inside the allowed ones (汇总, 检查文件夹). */
  setNextFolder(path: unknown): string {
    this.nextFolder = this.check(path)
    return this.nextFolder
  }

  async chooseFolderPath(): Promise<string | null> {
    const path = this.nextFolder
    this.nextFolder = null
    return path
  }

  async chooseOpenPath(): Promise<string | null> {
    const path = this.nextOpen
    this.nextOpen = null
    return path
  }

  async chooseSavePath(): Promise<string | null> {
    const path = this.nextSave
    this.nextSave = null
    return path
  }
}

/** Without --files: every dialog is "canceled". */
export const noFileDialogs: FileDialogs = {
  chooseOpenPath: async () => null,
  chooseSavePath: async () => null
}
