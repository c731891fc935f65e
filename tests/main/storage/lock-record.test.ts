import { describe, expect, it } from 'vitest'
import { judgeLock, readLockText, type LockProbe, type LockRecord } from '../../../src/main/storage/lock-record'
import { nameFromPs, nameFromTasklist } from '../../../src/main/storage/process-info'

// The lock's verdict from what the file says and what the OS says about the PID in it.

const NOW = Date.parse('2026-03-01T09:00:00Z')
const probe = (over: Partial<LockProbe> = {}): LockProbe => ({ ownPid: 100, now: NOW, alive: () => true, startOf: () => '5000', ...over })
const rec = (over: Partial<LockRecord> = {}) => ({ kind: 'record' as const, record: { app: 'nianbao' as const, pid: 4242, token: 't', processStart: '5000', name: null, heartbeat: NOW - 5_000, ...over } })

describe('whose lock is it', () => {
  it('held: the same process (same start time) refreshed it a moment ago', () => {
    expect(judgeLock(rec(), probe())).toBe('held')
  })

  it('stale: the PID is alive but started at another time — another program got the PID', () => {
    expect(judgeLock(rec(), probe({ startOf: () => '987654' }))).toBe('stale')
  })

  it('stale: the PID is gone, or is this very process from an earlier run', () => {
    expect(judgeLock(rec(), probe({ alive: () => false }))).toBe('stale')
    expect(judgeLock(rec({ pid: 100 }), probe())).toBe('stale')
  })

  it('stale: a live PID whose identity cannot be read, with no heartbeat for over a minute', () => {
    expect(judgeLock(rec({ processStart: null, heartbeat: NOW - 61_000 }), probe({ startOf: () => null }))).toBe('stale')
    // A clock set back cannot make an old lock look fresh.
    expect(judgeLock(rec({ processStart: null, heartbeat: NOW + 3_600_000 }), probe({ startOf: () => null }))).toBe('stale')
    // Fresh and unverifiable: held, for at most a minute.
    expect(judgeLock(rec({ processStart: null }), probe({ startOf: () => null }))).toBe('held')
  })

  describe('without a start time (Windows, macOS): the program under the PID', () => {
    const win = (name: string | null) => probe({ startOf: () => null, nameOf: () => name })
    const lock = (over: Partial<LockRecord>) => rec({ processStart: null, name: '年报助手.exe', ...over })

    it('stale at once: another program got the PID, however fresh its heartbeat (a restart right after a crash)', () => {
      expect(judgeLock(lock({}), win('svchost.exe'))).toBe('stale')
      expect(judgeLock(lock({ heartbeat: NOW - 120_000 }), win('svchost.exe'))).toBe('stale')
    })

    it('held: the same program, refreshed a moment ago', () => {
      expect(judgeLock(lock({}), win('年报助手.exe'))).toBe('held')
    })

    it('doubt: the same program, not refreshed for over a minute (hung, suspended, or a PID reused by another copy): ask', () => {
      expect(judgeLock(lock({ heartbeat: NOW - 61_000 }), win('年报助手.exe'))).toBe('doubt')
    })

    it('the heartbeat alone where the name cannot be told (no tool, another user) or was not yet written', () => {
      expect(judgeLock(lock({ heartbeat: NOW - 61_000 }), win(null))).toBe('stale')
      expect(judgeLock(lock({ name: null, heartbeat: NOW - 61_000 }), win('年报助手.exe'))).toBe('stale')
      expect(judgeLock(lock({ name: null }), win('svchost.exe'))).toBe('held')
    })

    it('where the start time tells, the name is not needed', () => {
      expect(judgeLock(rec({ name: 'node' }), probe({ nameOf: () => 'other' }))).toBe('held')
    })
  })

  it('doubt: a nianbao that stopped refreshing, an older version\'s lock on a live PID, an unreadable file', () => {
    expect(judgeLock(rec({ heartbeat: NOW - 120_000 }), probe())).toBe('doubt')
    expect(judgeLock(readLockText('4242'), probe())).toBe('doubt')
    expect(judgeLock(readLockText('4242'), probe({ alive: () => false }))).toBe('stale')
    expect(judgeLock(readLockText('{"half'), probe())).toBe('doubt')
  })

  it('reads the JSON record and the bare PID of older versions', () => {
    const text = JSON.stringify(rec().record)
    expect(readLockText(text)).toEqual(rec())
    expect(readLockText(JSON.stringify({ ...rec().record, name: 'node' }))).toEqual(rec({ name: 'node' }))
    // Written before the name was recorded:
    const { name: _older, ...older } = rec().record
    expect(readLockText(JSON.stringify(older))).toEqual(rec())
    expect(readLockText(' 77\n')).toEqual({ kind: 'legacy', pid: 77 })
    expect(readLockText('')).toEqual({ kind: 'unreadable' })
  })
})

describe('the program under a PID, from the OS tools', () => {
  it('tasklist (Windows): the image name of the row with that PID, nothing from a message', () => {
    const out = '"年报助手.exe","4242","Console","1","152,340 K"\r\n'
    expect(nameFromTasklist(out, 4242)).toBe('年报助手.exe')
    expect(nameFromTasklist(out, 42)).toBeNull()
    expect(nameFromTasklist('信息: 没有运行的任务匹配指定标准。\r\n', 4242)).toBeNull()
  })

  it('ps (macOS): the file name of the program path', () => {
    expect(nameFromPs('/Applications/年报助手.app/Contents/MacOS/年报助手\n')).toBe('年报助手')
    expect(nameFromPs('\n')).toBeNull()
  })
})
