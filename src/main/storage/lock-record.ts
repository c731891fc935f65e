// What the lock file of a data folder says, and whether the process it names still holds it. Pure:
// the live facts (is that PID running, when did it start) come in as a probe, so tests can play
// PID reuse, a crash and a hung process without any of them happening.

/** The lock file's content: who holds the folder, and the proof that it is still nianbao. */
export interface LockRecord {
  app: 'nianbao'
  pid: number
  /** Random per acquisition: tells this process's own lock from a later one on the same PID. */
  token: string
  /** The OS's start time of the process (Linux: /proc/<pid>/stat), when it can be read. */
  processStart: string | null
  /** Refreshed while the app runs (epoch ms); a lock not refreshed for STALE_MS is abandoned. */
  heartbeat: number
}

export type FoundLock = { kind: 'record'; record: LockRecord } | { kind: 'legacy'; pid: number } | { kind: 'unreadable' }

export const HEARTBEAT_MS = 15_000
export const STALE_MS = 60_000

export function readLockText(text: string): FoundLock {
  const trimmed = text.trim()
  // Versions before the heartbeat wrote the bare PID.
  if (/^\d{1,10}$/.test(trimmed)) return { kind: 'legacy', pid: Number(trimmed) }
  try {
    const raw = JSON.parse(trimmed) as Partial<LockRecord>
    if (raw.app === 'nianbao' && Number.isInteger(raw.pid) && typeof raw.token === 'string' && typeof raw.heartbeat === 'number') {
      return { kind: 'record', record: { app: 'nianbao', pid: raw.pid!, token: raw.token, processStart: typeof raw.processStart === 'string' ? raw.processStart : null, heartbeat: raw.heartbeat } }
    }
  } catch {
    // not JSON: unreadable
  }
  return { kind: 'unreadable' }
}

export interface LockProbe {
  ownPid: number
  now: number
  alive(pid: number): boolean
  /** The process's start time as processStart records it; null where it cannot be read. */
  startOf(pid: number): string | null
  staleMs?: number
}

/**
 * 'stale': nobody holds it (dead PID, a PID now used by another program, no heartbeat for a
 * minute): take it over. 'held': a running nianbao refreshes it. 'doubt': cannot tell (an older
 * version's lock on a live PID, a nianbao that stopped refreshing, an unreadable file): ask.
 */
export function judgeLock(found: FoundLock, probe: LockProbe): 'stale' | 'held' | 'doubt' {
  if (found.kind === 'unreadable') return 'doubt'
  const pid = found.kind === 'record' ? found.record.pid : found.pid
  // Our own PID in a lock this process does not hold: a previous run's, reused.
  if (!(pid > 0) || pid === probe.ownPid || !probe.alive(pid)) return 'stale'
  if (found.kind === 'legacy') return 'doubt'
  const { record } = found
  const actualStart = probe.startOf(pid)
  if (record.processStart && actualStart && record.processStart !== actualStart) return 'stale'
  // Both ways: a clock set back must not make a dead lock look fresh for hours.
  const fresh = Math.abs(probe.now - record.heartbeat) <= (probe.staleMs ?? STALE_MS)
  if (!fresh) return record.processStart && actualStart ? 'doubt' : 'stale'
  return 'held'
}
