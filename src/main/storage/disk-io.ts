import { promises as fs } from 'node:fs'

// The few disk operations storage needs, behind an interface so tests can inject failures
// (disk full, permission denied, a file held by antivirus) — running as root here, chmod alone
// cannot make a folder unwritable.

export interface DiskIO {
  /** Reads a whole file as UTF-8; null when it does not exist. */
  readText(path: string): Promise<string | null>
  /** Creates or truncates a file, writes it and fsyncs it before returning. */
  writeDurable(path: string, data: string | Uint8Array): Promise<void>
  rename(from: string, to: string): Promise<void>
  /** Hard link (cheap backup of the current file); may fail on some file systems. */
  link(existing: string, newPath: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  exists(path: string): Promise<boolean>
  /** Makes a rename durable; a no-op where directories cannot be fsynced (Windows). */
  fsyncDir(dir: string): Promise<void>
  mkdir(dir: string): Promise<void>
  readdir(dir: string): Promise<string[]>
}

export const nodeDiskIO: DiskIO = {
  async readText(path) {
    try {
      return await fs.readFile(path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw e
    }
  },
  async writeDurable(path, data) {
    const handle = await fs.open(path, 'w')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
  rename: (from, to) => fs.rename(from, to),
  link: (existing, newPath) => fs.link(existing, newPath),
  copyFile: (from, to) => fs.copyFile(from, to),
  async unlink(path) {
    try {
      await fs.unlink(path)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
  },
  async exists(path) {
    try {
      await fs.access(path)
      return true
    } catch {
      return false
    }
  },
  async fsyncDir(dir) {
    let handle: fs.FileHandle | undefined
    try {
      handle = await fs.open(dir, 'r')
      await handle.sync()
    } catch {
      // Windows cannot open or fsync a directory; the rename itself is still atomic there.
    } finally {
      await handle?.close()
    }
  },
  async mkdir(dir) {
    await fs.mkdir(dir, { recursive: true })
  },
  async readdir(dir) {
    try {
      return await fs.readdir(dir)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
  }
}
