import type { SnapshotInfo } from '../../shared/ipc'
import type { Report } from '../../shared/report/types'
import type { HistoryFile, StoredSnapshot } from './file-schema'

// The bounded history of one report: pure functions over its file's data.

export const SNAPSHOT_LIMIT = 20
/** An autosave snapshot at most this often: autosaves come every few seconds. */
export const AUTOSAVE_SNAPSHOT_INTERVAL_MS = 5 * 60_000

/** The content that matters for "did anything change" (timestamps excluded). */
function contentOf(report: Report): string {
  const { updatedAt: _u, createdAt: _c, ...rest } = report
  return JSON.stringify(rest)
}

export function sameContent(a: Report, b: Report): boolean {
  return contentOf(a) === contentOf(b)
}

export function addSnapshot(history: HistoryFile, report: Report, reason: SnapshotInfo['reason'], now: Date, limit = SNAPSHOT_LIMIT): StoredSnapshot {
  const snapshot: StoredSnapshot = { id: crypto.randomUUID(), at: now.toISOString(), reason, report: structuredClone(report) }
  history.snapshots.push(snapshot)
  // Oldest first out, so the list never grows without bound.
  if (history.snapshots.length > limit) history.snapshots.splice(0, history.snapshots.length - limit)
  return snapshot
}

/**
 * Before an autosave replaces the stored report: keep the stored version as a snapshot when the
 * last snapshot is old enough and the content really differs.
 */
export function autosaveSnapshotDue(history: HistoryFile, stored: Report, incoming: Report, now: Date, intervalMs = AUTOSAVE_SNAPSHOT_INTERVAL_MS): boolean {
  if (sameContent(stored, incoming)) return false
  const last = history.snapshots[history.snapshots.length - 1]
  if (!last) return true
  if (now.getTime() - Date.parse(last.at) < intervalMs) return false
  return !sameContent(last.report, stored)
}

export function snapshotInfos(history: HistoryFile): SnapshotInfo[] {
  // Newest first: that is what the user looks for.
  return history.snapshots.map(({ id, at, reason }) => ({ id, at, reason })).reverse()
}
