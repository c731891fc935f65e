import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { StorageLockedError } from '../../../src/main/storage/lock'
import { openStorage } from '../../../src/main/storage/storage'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

describe('one app instance per data folder', () => {
  it('refuses a second storage on the same folder in the same process until the first closes', async () => {
    const dir = tempDir()
    const first = await openStorage({ dir })
    await expect(openStorage({ dir })).rejects.toBeInstanceOf(StorageLockedError)
    await first.close()
    const second = await openStorage({ dir })
    await second.close()
  })

  it('refuses a folder held by another live process, with a Chinese message', async () => {
    const dir = tempDir()
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    try {
      writeFileSync(join(dir, 'nianbao.lock'), String(other.pid))
      const err = await openStorage({ dir }).catch((e) => e)
      expect(err).toBeInstanceOf(StorageLockedError)
      expect(err.message).toContain('正被另一个年报助手')
    } finally {
      other.kill('SIGKILL')
    }
  })

  it('takes over a lock left by a process that died', async () => {
    const dir = tempDir()
    const dead = spawn(process.execPath, ['-e', ''])
    await new Promise((r) => dead.on('exit', r))
    writeFileSync(join(dir, 'nianbao.lock'), String(dead.pid))
    const s = await openStorage({ dir })
    await s.close()
  })

  it('a second copy of the storage process is refused while the first runs, and starts once it died', async () => {
    const dir = tempDir()
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, 'kill-child.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] })
    try {
      await new Promise<void>((ready) => child.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && ready()))
      const err = await openStorage({ dir }).catch((e) => e)
      expect(err).toBeInstanceOf(StorageLockedError)
      expect(err.pid).toBe(child.pid)
    } finally {
      const exited = new Promise((r) => child.on('exit', r))
      child.kill('SIGKILL')
      await exited
    }
    const s = await openStorage({ dir })
    expect(s.list()).toHaveLength(1)
    await s.close()
  })
})
