import { join } from 'node:path'
import { mkdirSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { nodeDiskIO, type DiskIO } from '../../../src/main/storage/disk-io'
import { openStorage } from '../../../src/main/storage/storage'
import type { StorageStatus } from '../../../src/shared/ipc'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

/**
 * The tests run as root, where chmod cannot make a folder read-only; instead the disk layer is
 * swapped for one whose writes fail with a chosen error code until `heal()` is called.
 */
function failingDisk(code: string) {
  let failing = false
  const io: DiskIO = {
    ...nodeDiskIO,
    async writeDurable(path, data) {
      if (failing) throw Object.assign(new Error(`${code}: simulated`), { code })
      return nodeDiskIO.writeDurable(path, data)
    }
  }
  return { io, fail: () => (failing = true), heal: () => (failing = false) }
}

const until = async (cond: () => boolean, ms = 3000) => {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('failed writes', () => {
  for (const [code, words] of [
    ['ENOSPC', '磁盘空间已满'],
    ['EACCES', '没有写入权限'],
    ['EBUSY', '被其他程序'],
    ['EPERM', '没有写入权限']
  ] as const) {
    it(`${code}: keeps the edit in memory, reports it, retries, and writes it once the disk recovers`, async () => {
      const dir = tempDir()
      const disk = failingDisk(code)
      const s = await openStorage({ dir, io: disk.io, retry: { firstMs: 20, maxMs: 80 } })
      const events: StorageStatus[] = []
      s.onStatus((e) => events.push(e))
      const r = await s.create({ agency: '某局', year: 2024 })
      disk.fail()
      const res = await s.save({ ...r, text: { ...r.text, overview: '断电前输入的文字' } })
      expect(res.savedAt).toBeNull()
      expect(s.status().writeError?.message).toContain(words)
      expect(events.at(-1)?.writeError).not.toBeNull()
      // Still served from memory while the disk fails.
      expect(s.get(r.id).text.overview).toBe('断电前输入的文字')
      await new Promise((r) => setTimeout(r, 100))
      expect(s.status().writeError).not.toBeNull()
      disk.heal()
      await until(() => s.status().writeError === null)
      expect(events.at(-1)?.writeError).toBeNull()
      await s.close()
      const again = await openStorage({ dir })
      expect(again.get(r.id).text.overview).toBe('断电前输入的文字')
      await again.close()
    })
  }

  it('a data folder that cannot be created (a path under a file) fails to open with a clear error', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'a-file'), 'x')
    await expect(openStorage({ dir: join(dir, 'a-file', 'data') })).rejects.toThrow(/ENOTDIR|not a directory/)
  })

  it('close() still tries to write what is pending', async () => {
    const dir = tempDir()
    mkdirSync(dir, { recursive: true })
    const disk = failingDisk('ENOSPC')
    const s = await openStorage({ dir, io: disk.io, retry: { firstMs: 10_000, maxMs: 10_000 } })
    const r = await s.create({ agency: '某局', year: 2024 })
    disk.fail()
    await s.save({ ...r, agency: '改名后的局' })
    disk.heal()
    await s.close()
    const again = await openStorage({ dir })
    expect(again.get(r.id).agency).toBe('改名后的局')
    await again.close()
  })
})
