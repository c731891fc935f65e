import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { StorageLockedError, type TakeoverQuestion } from '../../../src/main/storage/lock'
import { processNameOf, processStartOf } from '../../../src/main/storage/process-info'
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

  it('refuses a folder whose lock (an older version\'s, a bare PID) names a live process, with a Chinese message', async () => {
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

  /** An unrelated program that happens to run under the PID in a lock (PID reuse after a crash). */
  async function withUnrelatedProcess(run: (pid: number) => Promise<void>): Promise<void> {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'])
    await new Promise((r) => other.on('spawn', r))
    try {
      await run(other.pid!)
    } finally {
      other.kill('SIGKILL')
    }
  }

  const lockOf = (pid: number, over: Record<string, unknown>) =>
    JSON.stringify({ app: 'nianbao', pid, token: 'crashed-run', processStart: null, heartbeat: Date.now(), ...over })

  it.runIf(processStartOf(process.pid) !== null)('takes over a fresh lock whose live PID started at another time than the nianbao that wrote it', async () => {
    await withUnrelatedProcess(async (pid) => {
      const dir = tempDir()
      writeFileSync(join(dir, 'nianbao.lock'), lockOf(pid, { processStart: '1' }))
      const s = await openStorage({ dir })
      expect(JSON.parse(readFileSync(join(dir, 'nianbao.lock'), 'utf8'))).toMatchObject({ app: 'nianbao', pid: process.pid })
      await s.close()
    })
  })

  it('takes over a lock on a live PID that has not been refreshed for over a minute', async () => {
    await withUnrelatedProcess(async (pid) => {
      const dir = tempDir()
      writeFileSync(join(dir, 'nianbao.lock'), lockOf(pid, { heartbeat: Date.now() - 5 * 60_000 }))
      const s = await openStorage({ dir })
      await s.close()
    })
  })

  it('asks the user when it cannot tell, and opens or stays out as they choose', async () => {
    await withUnrelatedProcess(async (pid) => {
      const dir = tempDir()
      const asked: TakeoverQuestion[] = []
      writeFileSync(join(dir, 'nianbao.lock'), String(pid))
      const refused = await openStorage({ dir, lock: { confirmTakeover: async (q) => (asked.push(q), false) } }).catch((e) => e)
      expect(refused).toBeInstanceOf(StorageLockedError)
      expect(asked).toHaveLength(1)
      expect(asked[0]).toMatchObject({ pid, proceed: '继续打开', quit: '退出' })
      expect(asked[0].message).toContain('可能正被另一个年报助手')
      expect(asked[0].detail).toContain('如果您确定没有其他年报助手窗口开着')
      const s = await openStorage({ dir, lock: { confirmTakeover: async () => true } })
      expect(readFileSync(join(dir, 'nianbao.lock'), 'utf8')).toContain('"app":"nianbao"')
      await s.close()
    })
  })

  describe('told by the program under the PID, as on Windows and macOS (no start time recorded)', () => {
    const onLinux = process.platform === 'linux'

    it.runIf(onLinux)('takes over at once a fresh lock whose PID now runs another program', async () => {
      const other = spawn('sleep', ['30'])
      await new Promise((r) => other.on('spawn', r))
      try {
        const dir = tempDir()
        writeFileSync(join(dir, 'nianbao.lock'), lockOf(other.pid!, { name: await processNameOf(process.pid) }))
        const s = await openStorage({ dir })
        await s.close()
      } finally {
        other.kill('SIGKILL')
      }
    })

    it.runIf(onLinux)('asks when the same program holds the PID but stopped refreshing', async () => {
      await withUnrelatedProcess(async (pid) => {
        const dir = tempDir()
        writeFileSync(join(dir, 'nianbao.lock'), lockOf(pid, { name: await processNameOf(pid), heartbeat: Date.now() - 5 * 60_000 }))
        const asked: TakeoverQuestion[] = []
        const refused = await openStorage({ dir, lock: { confirmTakeover: async (q) => (asked.push(q), false) } }).catch((e) => e)
        expect(refused).toBeInstanceOf(StorageLockedError)
        expect(asked.map((q) => q.pid)).toEqual([pid])
      })
    })

    it('records its own program name soon after taking the lock', async () => {
      const dir = tempDir()
      const s = await openStorage({ dir })
      const name = await processNameOf(process.pid)
      let recorded: unknown = null
      for (let i = 0; i < 50 && recorded !== name; i++) {
        await new Promise((r) => setTimeout(r, 20))
        recorded = JSON.parse(readFileSync(join(dir, 'nianbao.lock'), 'utf8')).name
      }
      expect(recorded).toBe(name)
      await s.close()
    })
  })

  it('refreshes its heartbeat while open', async () => {
    const dir = tempDir()
    const path = join(dir, 'nianbao.lock')
    const s = await openStorage({ dir, lock: { heartbeatMs: 20 } })
    const first = JSON.parse(readFileSync(path, 'utf8')).heartbeat as number
    await new Promise((r) => setTimeout(r, 120))
    expect(JSON.parse(readFileSync(path, 'utf8')).heartbeat).toBeGreaterThan(first)
    await s.close()
  })

  it('leaves a lock taken over by another process alone: no heartbeat over it, not removed on close', async () => {
    const dir = tempDir()
    const path = join(dir, 'nianbao.lock')
    const s = await openStorage({ dir, lock: { heartbeatMs: 30 } })
    // Another instance judged this one abandoned (say, after a long suspend) and took over. A beat
    // already under way as it writes may rewrite the file once; after that it must stay theirs.
    const theirs = () => JSON.parse(readFileSync(path, 'utf8')).token === 'someone-else'
    let stable = false
    for (let attempt = 0; attempt < 5 && !stable; attempt++) {
      writeFileSync(path, lockOf(process.pid + 1, { token: 'someone-else' }))
      await new Promise((r) => setTimeout(r, 150)) // five heartbeats
      stable = theirs()
    }
    expect(stable).toBe(true)
    await s.close()
    expect(JSON.parse(readFileSync(path, 'utf8')).token).toBe('someone-else')
  })
})
