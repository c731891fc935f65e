import type { SnapshotInfo } from '../../shared/ipc'
import type { Report } from '../../shared/report/types'
import type { ReportFile, StoredSnapshot } from './file-schema'

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

export function addSnapshot(file: ReportFile, reason: SnapshotInfo['reason'], now: Date, limit = SNAPSHOT_LIMIT): StoredSnapshot {
  const snapshot: StoredSnapshot = { id: crypto.randomUUID(), at: now.toISOString(), reason, report: structuredClone(file.report) }
  file.snapshots.push(snapshot)
  // Oldest first out, so the list never grows without bound.
  if (file.snapshots.length > limit) file.snapshots.splice(0, file.snapshots.length - limit)
  return snapshot
}

/**
 * Before an autosave replaces the stored report: keep the stored version as a snapshot when the
 * last snapshot is old enough and the content really differs.
 */
export function autosaveSnapshotDue(file: ReportFile, incoming: Report, now: Date, intervalMs = AUTOSAVE_SNAPSHOT_INTERVAL_MS): boolean {
  if (sameContent(file.report, incoming)) return false
  const last = file.snapshots[file.snapshots.length - 1]
  if (!last) return true
  if (now.getTime() - Date.parse(last.at) < intervalMs) return false
  return !sameContent(last.report, file.report)
}

export function snapshotInfos(file: ReportFile): SnapshotInfo[] {
  // Newest first: that is what the user looks for.
  return file.snapshots.map(({ id, at, reason }) => ({ id, at, reason })).reverse()
}
