import { join } from 'node:path'
import type { ReportSummary, SaveOrder, SnapshotInfo, StorageStatus } from '../../shared/ipc'
import { newReport, type NewReportInput } from '../../shared/report/create'
import type { Report } from '../../shared/report/types'
import type { AppSettings } from '../../shared/settings'
import type { WindowState } from '../schema/settings'
import { backupPathOf } from './atomic-write'
import { nodeDiskIO, type DiskIO } from './disk-io'
import { openDurable, type Recovery } from './durable-file'
import {
  defaultSettingsFile,
  emptyHistoryFile,
  SCHEMA_VERSION,
  validateHistoryFile,
  validateReportFile,
  validateSettingsFile,
  type ReportFile,
  type SettingsFile
} from './file-schema'
import { findByAgencyYear } from './agency-match'
import { StorageError } from './storage-error'
import { acquireDirLock, type DirLock, type LockOptions } from './lock'
import { reportIdsIn } from './paths'
import { StorageHealth } from './health'
import { PersistQueue } from './persist-queue'
import { ReportRecord } from './report-record'
import { judgeSave, STALE_MESSAGES } from './save-order'
import { addSnapshot, autosaveSnapshotDue, sameContent, snapshotInfos, SNAPSHOT_LIMIT, AUTOSAVE_SNAPSHOT_INTERVAL_MS } from './snapshots'
import { compareSummaries, summarize, type Checker } from './summary'

// The main process's store: every report (one lowdb file each, with its snapshots) and the
// settings file, in one data folder held by one app instance.

export { StorageError, type StorageErrorCode } from './storage-error'

export interface StorageOptions {
  dir: string
  io?: DiskIO
  now?: () => Date
  check?: Checker
  /** Backoff of write retries after a failure. */
  retry?: { firstMs: number; maxMs: number }
  snapshotLimit?: number
  snapshotIntervalMs?: number
  lock?: LockOptions
}

/** Deleted reports stay restorable this long, then their files are removed. */
const TRASH_KEEP_MS = 30 * 24 * 3600_000

export class Storage {
  private readonly reports = new Map<string, ReportRecord>()
  private settingsQueue!: PersistQueue<SettingsFile>
  private readonly health: StorageHealth
  /** Set as close() starts: from then on every write is refused (a write after close would be lost). */
  private closed = false
  private readonly io: DiskIO
  private readonly now: () => Date

  private constructor(
    readonly dir: string,
    private readonly options: StorageOptions,
    private readonly lock: DirLock
  ) {
    this.io = options.io ?? nodeDiskIO
    this.now = options.now ?? (() => new Date())
    this.health = new StorageHealth({ now: this.now, flush: () => this.flush(), anyDirty: () => this.anyDirty(), retry: options.retry })
  }

  static async open(options: StorageOptions): Promise<Storage> {
    const io = options.io ?? nodeDiskIO
    await io.mkdir(join(options.dir, 'reports'))
    const lock = await acquireDirLock(options.dir, options.lock)
    const storage = new Storage(options.dir, options, lock)
    try {
      await storage.load()
    } catch (e) {
      await lock.release()
      throw e
    }
    return storage
  }

  private get reportsDir(): string {
    return join(this.dir, 'reports')
  }

  private queue<T>(db: PersistQueue<T>['db']): PersistQueue<T> {
    return new PersistQueue(db, { onWritten: (at) => this.health.written(at), onFailed: (e) => this.health.failed(e), now: this.now })
  }

  private async load(): Promise<void> {
    const recoveries: Recovery[] = []
    const settings = await openDurable(join(this.dir, 'settings.json'), this.io, validateSettingsFile, defaultSettingsFile(), this.now())
    if (settings.recovery) recoveries.push(settings.recovery)
    this.settingsQueue = this.queue(settings.db)

    const placeholder = null as unknown as ReportFile
    for (const id of reportIdsIn(await this.io.readdir(this.reportsDir))) {
      const opened = await openDurable(this.reportPath(id), this.io, validateReportFile, placeholder, this.now())
      if (opened.recovery) recoveries.push(opened.recovery)
      const file = opened.db.data
      if (!file) continue
      file.report.id = id
      if (file.deleted && this.now().getTime() - Date.parse(file.deleted.at) > TRASH_KEEP_MS) {
        for (const path of [this.reportPath(id), this.historyPath(id)]) {
          await this.io.unlink(path)
          await this.io.unlink(backupPathOf(path))
        }
        continue
      }
      this.reports.set(id, this.record(id, opened.db))
    }
    this.health.recovered(recoveries, false)
  }

  private record(id: string, db: PersistQueue<ReportFile>['db']): ReportRecord {
    return new ReportRecord(this.queue(db), async () => {
      const opened = await openDurable(this.historyPath(id), this.io, validateHistoryFile, emptyHistoryFile(), this.now())
      if (opened.recovery) this.health.recovered([opened.recovery], true)
      return this.queue(opened.db)
    })
  }

  private reportPath(id: string): string {
    return join(this.reportsDir, `${id}.json`)
  }

  private historyPath(id: string): string {
    return join(this.reportsDir, `${id}.history.json`)
  }

  private allQueues(): PersistQueue<unknown>[] {
    return [this.settingsQueue as PersistQueue<unknown>, ...[...this.reports.values()].flatMap((r) => r.queues())]
  }

  // —— status ——

  status(): StorageStatus {
    return this.health.status()
  }

  onStatus(listener: (status: StorageStatus) => void): () => void {
    return this.health.onStatus(listener)
  }

  private anyDirty(): boolean {
    return this.allQueues().some((q) => q.isDirty)
  }

  /** Writes everything not yet on disk; true when all of it got there. */
  async flush(): Promise<boolean> {
    const dirty = this.allQueues().filter((q) => q.isDirty)
    const results = await Promise.all(dirty.map((q) => q.persist()))
    return results.every(Boolean)
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await Promise.all(this.allQueues().map((q) => q.idle()))
    if (this.anyDirty()) await this.flush()
    this.health.stop()
    await this.lock.release()
  }

  /** Every write starts here: once closing, a write is refused with a typed error, never dropped. */
  private writable(): void {
    if (this.closed) throw new StorageError('closed', '年报助手正在退出，数据文件夹已关闭，这次修改没有保存。')
  }

  // —— reports ——

  private live(id: string): ReportRecord {
    const entry = this.reports.get(id)
    if (!entry || entry.data.deleted) throw new StorageError('not-found', '找不到这份报告，它可能已被删除。')
    return entry
  }

  list(): ReportSummary[] {
    const out: ReportSummary[] = []
    for (const entry of this.reports.values()) {
      const file = entry.data
      if (file.deleted) continue
      const previousId = file.report.previousId
      const previous = previousId ? (this.reports.get(previousId)?.data.report ?? null) : null
      out.push(summarize(file.report, previous, entry.main.savedAt ?? (entry.main.isDirty ? null : file.report.updatedAt), this.options.check))
    }
    return out.sort(compareSummaries)
  }

  get(id: string): Report {
    return structuredClone(this.live(id).data.report)
  }

  /** The stored (not deleted) report of this agency and year, if any. */
  findByAgencyYear(agency: string, year: number): Report | undefined {
    return findByAgencyYear([...this.reports.values()].map((entry) => entry.data), agency, year)
  }

  async create(input: NewReportInput): Promise<Report> {
    return this.insert(newReport({ ...input, now: this.now() }))
  }

  /** Stores a new report under a fresh file (its id must not be in use). */
  async insert(report: Report): Promise<Report> {
    this.writable()
    if (this.reports.has(report.id)) throw new StorageError('conflict', '报告编号已被使用。')
    const opened = await openDurable(this.reportPath(report.id), this.io, validateReportFile, null as unknown as ReportFile)
    opened.db.data = { schemaVersion: SCHEMA_VERSION, report: structuredClone(report), deleted: null }
    const entry = this.record(report.id, opened.db)
    this.reports.set(report.id, entry)
    await entry.main.persist()
    return structuredClone(report)
  }

  /** The stored report with its revision, read together: an editor's saves start from it. */
  open(id: string): { report: Report; revision: number } {
    const entry = this.live(id)
    return { report: structuredClone(entry.data.report), revision: entry.revision }
  }

  /** Autosave: replaces the stored report (snapshotting the old one now and then). Saves of a
   *  report run in arrival order; one older than the stored content is refused (save-order.ts). */
  async save(report: Report, order?: SaveOrder): Promise<{ savedAt: string | null; revision: number }> {
    this.writable()
    const entry = this.live(report.id)
    const revision = await entry.serial.run(async () => {
      const file = this.live(report.id).data
      const verdict = judgeSave(entry.revision, entry.lastWriter, order)
      if (!verdict.accept) throw new StorageError('stale', STALE_MESSAGES[verdict.reason])
      const history = await entry.history()
      const now = this.now()
      const incoming: Report = { ...structuredClone(report), createdAt: file.report.createdAt, updatedAt: now.toISOString() }
      // A knowing overwrite keeps what it replaces (another window's work) findable.
      const reason = order?.overwrite && !sameContent(file.report, incoming) ? 'before-overwrite' : 'autosave'
      if (reason === 'before-overwrite' || autosaveSnapshotDue(history.db.data, file.report, incoming, now, this.options.snapshotIntervalMs ?? AUTOSAVE_SNAPSHOT_INTERVAL_MS)) {
        addSnapshot(history.db.data, file.report, reason, now, this.snapshotLimit)
        // History first: a crash between the two writes leaves an extra snapshot, never a lost one.
        await history.persist()
      }
      // Closing may have started while the snapshot was written: refuse rather than write after it.
      this.writable()
      file.report = incoming
      return entry.bump(order ? { editor: order.editor, seq: order.seq } : null)
    })
    return { savedAt: (await entry.main.persist()) ? entry.main.savedAt : null, revision }
  }

  /** Replaces a report's content (an import over it), keeping the old content as a snapshot. */
  async replace(id: string, content: Report): Promise<Report> {
    this.writable()
    const entry = this.live(id)
    return entry.serial.run(async () => {
      const history = await entry.history()
      const file = this.live(id).data
      addSnapshot(history.db.data, file.report, 'before-import', this.now(), this.snapshotLimit)
      await history.persist()
      this.writable()
      file.report = { ...structuredClone(content), id, createdAt: file.report.createdAt, updatedAt: this.now().toISOString() }
      entry.bump(null)
      await entry.main.persist()
      return structuredClone(file.report)
    })
  }

  async duplicate(id: string): Promise<Report> {
    const source = this.live(id).data.report
    const now = this.now().toISOString()
    return this.insert({ ...structuredClone(source), id: crypto.randomUUID(), agency: `${source.agency}（副本）`, createdAt: now, updatedAt: now })
  }

  async delete(id: string): Promise<{ undoToken: string }> {
    this.writable()
    const entry = this.live(id)
    const undoToken = crypto.randomUUID()
    entry.data.deleted = { at: this.now().toISOString(), undoToken }
    await entry.main.persist()
    return { undoToken }
  }

  async undoDelete(undoToken: string): Promise<Report> {
    this.writable()
    for (const entry of this.reports.values()) {
      const file = entry.data
      if (file.deleted?.undoToken === undoToken) {
        file.deleted = null
        await entry.main.persist()
        return structuredClone(file.report)
      }
    }
    throw new StorageError('not-found', '无法撤销删除：找不到这次删除的记录。')
  }

  async snapshots(id: string): Promise<SnapshotInfo[]> {
    return snapshotInfos((await this.live(id).history()).db.data)
  }

  async restoreSnapshot(id: string, snapshotId: string): Promise<Report> {
    this.writable()
    const entry = this.live(id)
    return entry.serial.run(async () => {
      const history = await entry.history()
      const file = this.live(id).data
      const snapshot = history.db.data.snapshots.find((s) => s.id === snapshotId)
      if (!snapshot) throw new StorageError('not-found', '找不到这个历史版本。')
      const restored = structuredClone(snapshot.report)
      // The current content becomes a snapshot first, so a restore can itself be undone.
      addSnapshot(history.db.data, file.report, 'before-restore', this.now(), this.snapshotLimit)
      await history.persist()
      this.writable()
      file.report = { ...restored, id, createdAt: file.report.createdAt, updatedAt: this.now().toISOString() }
      entry.bump(null)
      await entry.main.persist()
      return structuredClone(file.report)
    })
  }

  private get snapshotLimit(): number {
    return this.options.snapshotLimit ?? SNAPSHOT_LIMIT
  }

  // —— settings ——

  settings(): AppSettings {
    return structuredClone(this.settingsQueue.db.data.settings)
  }

  async setSettings(settings: AppSettings): Promise<AppSettings> {
    this.writable()
    this.settingsQueue.db.data.settings = structuredClone(settings)
    await this.settingsQueue.persist()
    return this.settings()
  }

  windowState(): WindowState | null {
    return structuredClone(this.settingsQueue.db.data.window)
  }

  async setWindowState(state: WindowState): Promise<void> {
    this.writable()
    this.settingsQueue.db.data.window = { ...state }
    await this.settingsQueue.persist()
  }
}

export function openStorage(options: StorageOptions): Promise<Storage> {
  return Storage.open(options)
}
