import type { BackupSummary, RestoreResult } from '../../shared/ipc'
import type { Report } from '../../shared/report/types'
import { DEFAULT_SETTINGS, type AppSettings } from '../../shared/settings'
import { LIMITS } from '../schema/limits'
import { sameContent } from '../storage/snapshots'
import { StorageError } from '../storage/storage-error'
import type { Backup } from './backup-file'

// 从备份恢复 adds to what is stored and never overwrites it: a report already stored with the same
// content is skipped, one whose id is taken by a different report is added as a copy under a new
// id (named so in the list), every other one is added as it was. The settings are restored only
// over the untouched defaults.

export type RestoreAction = 'add' | 'copy' | 'skip'

export interface PlannedReport {
  report: Report
  action: RestoreAction
}

/** What restoring would do, judged against the stored reports. */
export function planRestore(backup: Backup, stored: readonly Report[]): PlannedReport[] {
  const byId = new Map(stored.map((r) => [r.id, r]))
  return backup.reports.map((report) => {
    const existing = byId.get(report.id)
    if (!existing) return { report, action: 'add' }
    return { report, action: sameContent(existing, report) ? 'skip' : 'copy' }
  })
}

export function summarizeBackup(backup: Backup, plan: readonly PlannedReport[]): BackupSummary {
  const sorted = [...backup.reports].sort((a, b) => b.year - a.year || a.agency.localeCompare(b.agency, 'zh'))
  return {
    createdAt: backup.createdAt,
    reports: sorted.map(({ id, agency, year, format, updatedAt }) => ({ id, agency, year, format, updatedAt })),
    years: [...new Set(backup.reports.map((r) => r.year))].sort((a, b) => b - a),
    agencies: [...new Set(backup.reports.map((r) => r.agency.trim()))].sort((a, b) => a.localeCompare(b, 'zh')),
    alreadyStored: plan.filter((p) => p.action === 'skip').length,
    asCopies: plan.filter((p) => p.action === 'copy').length
  }
}

const COPY_SUFFIX = '（备份恢复）'

function asCopy(report: Report, id: string): Report {
  const agency = `${report.agency.slice(0, LIMITS.agencyLength - COPY_SUFFIX.length)}${COPY_SUFFIX}`
  return { ...report, id, agency }
}

/** What restoring needs from the store: its existing write paths, nothing else. */
export interface RestoreTarget {
  list(): { id: string }[]
  get(id: string): Report
  insert(report: Report): Promise<Report>
  settings(): AppSettings
  setSettings(settings: AppSettings): Promise<AppSettings>
}

/**
 * The plan in an order where a report comes after the report it names as its previous year (when
 * the backup holds that one): an id that only turns out to change while restoring (a report in the
 * trash holds it) is then known before any report linking to it is written.
 */
export function linkedFirst(plan: readonly PlannedReport[]): PlannedReport[] {
  const byId = new Map(plan.map((p) => [p.report.id, p]))
  const out: PlannedReport[] = []
  const placed = new Set<string>()
  const place = (p: PlannedReport, depth: number) => {
    if (placed.has(p.report.id)) return
    placed.add(p.report.id) // before its previous year: a cycle of links ends here instead of looping
    const previous = p.report.previousId ? byId.get(p.report.previousId) : undefined
    if (previous && depth < plan.length) place(previous, depth + 1)
    out.push(p)
  }
  for (const p of plan) place(p, 0)
  return out
}

export async function restoreBackup(target: RestoreTarget, backup: Backup, newId: () => string = () => crypto.randomUUID()): Promise<RestoreResult> {
  const plan = planRestore(
    backup,
    target.list().map((s) => target.get(s.id))
  )
  // Ids that change (copies), so a restored report still points at its restored previous year.
  const renamed = new Map<string, string>()
  for (const p of plan) if (p.action === 'copy') renamed.set(p.report.id, newId())
  const relink = (r: Report): Report => (r.previousId && renamed.has(r.previousId) ? { ...r, previousId: renamed.get(r.previousId)! } : r)

  const result: RestoreResult = { added: 0, copies: 0, skipped: 0, settings: 'kept' }
  for (const p of linkedFirst(plan)) {
    if (p.action === 'skip') {
      result.skipped++
      continue
    }
    const report = relink(p.report)
    const copyId = renamed.get(p.report.id)
    if (copyId) {
      await target.insert(asCopy(report, copyId))
      result.copies++
    } else {
      try {
        await target.insert(report)
      } catch (e) {
        // The id belongs to a report in the trash (restorable for a while): keep that one, add this as a copy.
        if (!(e instanceof StorageError) || e.code !== 'conflict') throw e
        // Reports restored after this one (linkedFirst) that name it as their previous year follow
        // it to its new id, instead of pointing at the report in the trash.
        const id = newId()
        renamed.set(p.report.id, id)
        await target.insert(asCopy(report, id))
        result.copies++
      }
    }
    result.added++
  }
  if (JSON.stringify(target.settings()) === JSON.stringify(DEFAULT_SETTINGS)) {
    await target.setSettings(backup.settings)
    result.settings = 'restored'
  }
  return result
}
