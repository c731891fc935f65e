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
  /**
   * The program's file name (processNameOf), where there is no start time the proof on Windows
   * and macOS: written shortly after the lock is taken; null until then and in older versions.
   */
  name: string | null
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
      const text = (v: unknown) => (typeof v === 'string' ? v : null)
      return { kind: 'record', record: { app: 'nianbao', pid: raw.pid!, token: raw.token, processStart: text(raw.processStart), name: text(raw.name), heartbeat: raw.heartbeat } }
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
  /** The program's name as the record's name has it; null where it cannot be told. */
  nameOf?(pid: number): string | null
  staleMs?: number
}

/**
 * 'stale': nobody holds it (dead PID, a PID now used by another program, no heartbeat for a
 * minute from a process that cannot be told): take it over. 'held': a running nianbao refreshes
 * it. 'doubt': cannot tell (an older version's lock on a live PID, the same program under the PID
 * that stopped refreshing, an unreadable file): ask.
 */
export function judgeLock(found: FoundLock, probe: LockProbe): 'stale' | 'held' | 'doubt' {
  if (found.kind === 'unreadable') return 'doubt'
  const pid = found.kind === 'record' ? found.record.pid : found.pid
  // Our own PID in a lock this process does not hold: a previous run's, reused.
  if (!(pid > 0) || pid === probe.ownPid || !probe.alive(pid)) return 'stale'
  if (found.kind === 'legacy') return 'doubt'
  const { record } = found
  const actualStart = probe.startOf(pid)
  const startKnown = record.processStart !== null && actualStart !== null
  if (startKnown && record.processStart !== actualStart) return 'stale'
  // Without a start time (Windows, macOS): another program under the PID, even a minute after a crash.
  const actualName = probe.nameOf?.(pid) ?? null
  if (!startKnown && record.name && actualName && record.name !== actualName) return 'stale'
  // Both ways: a clock set back must not make a dead lock look fresh for hours.
  const fresh = Math.abs(probe.now - record.heartbeat) <= (probe.staleMs ?? STALE_MS)
  if (fresh) return 'held'
  // Not refreshed, yet the PID is still the same program: a hung or suspended nianbao, or a reused
  // PID that ran the same program. Only the user can tell; with no proof either way, it is abandoned.
  const provenSame = startKnown || (record.name !== null && actualName !== null)
  return provenSame ? 'doubt' : 'stale'
}
