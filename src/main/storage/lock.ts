import { promises as fs } from 'node:fs'
import { join, resolve } from 'node:path'

// One app instance per data folder: two writers renaming over the same files would race and lose
// saves. Electron's single-instance lock covers the desktop app; this file lock also covers the
// web bridge, the CLI and a second copy started with another user-data path on the same folder.

export class StorageLockedError extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(`数据文件夹“${dir}”正被另一个年报助手（进程 ${pid}）使用。请先关闭另一个窗口，再打开。`)
    this.name = 'StorageLockedError'
  }
}

const heldInThisProcess = new Set<string>()

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface DirLock {
  release(): Promise<void>
}

export async function acquireDirLock(dir: string): Promise<DirLock> {
  const key = resolve(dir)
  const path = join(key, 'nianbao.lock')
  if (heldInThisProcess.has(key)) throw new StorageLockedError(key, process.pid)
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(path, String(process.pid), { flag: 'wx' })
      heldInThisProcess.add(key)
      return {
        async release() {
          heldInThisProcess.delete(key)
          const owner = await fs.readFile(path, 'utf8').catch(() => '')
          if (owner === String(process.pid)) await fs.unlink(path).catch(() => undefined)
        }
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const pid = Number((await fs.readFile(path, 'utf8').catch(() => '')).trim())
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new StorageLockedError(key, pid)
      // A lock left by a process that died (crash, power cut): take it over.
      await fs.unlink(path).catch(() => undefined)
    }
  }
  throw new StorageLockedError(key, -1)
}
