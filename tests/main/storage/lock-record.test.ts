import { describe, expect, it } from 'vitest'
import { judgeLock, readLockText, type LockProbe, type LockRecord } from '../../../src/main/storage/lock-record'

// The lock's verdict from what the file says and what the OS says about the PID in it.

const NOW = Date.parse('2026-03-01T09:00:00Z')
const probe = (over: Partial<LockProbe> = {}): LockProbe => ({ ownPid: 100, now: NOW, alive: () => true, startOf: () => '5000', ...over })
const rec = (over: Partial<LockRecord> = {}) => ({ kind: 'record' as const, record: { app: 'nianbao' as const, pid: 4242, token: 't', processStart: '5000', heartbeat: NOW - 5_000, ...over } })

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

  it('doubt: a nianbao that stopped refreshing, an older version\'s lock on a live PID, an unreadable file', () => {
    expect(judgeLock(rec({ heartbeat: NOW - 120_000 }), probe())).toBe('doubt')
    expect(judgeLock(readLockText('4242'), probe())).toBe('doubt')
    expect(judgeLock(readLockText('4242'), probe({ alive: () => false }))).toBe('stale')
    expect(judgeLock(readLockText('{"half'), probe())).toBe('doubt')
  })

  it('reads the JSON record and the bare PID of older versions', () => {
    const text = JSON.stringify(rec().record)
    expect(readLockText(text)).toEqual(rec())
    expect(readLockText(' 77\n')).toEqual({ kind: 'legacy', pid: 77 })
    expect(readLockText('')).toEqual({ kind: 'unreadable' })
  })
})
