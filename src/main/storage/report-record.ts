import type { HistoryFile, ReportFile } from './file-schema'
import type { PersistQueue } from './persist-queue'

// One stored report: its main file (always loaded) and its history file, opened on first use so
// starting the app does not parse every report's twenty snapshots.

export class ReportRecord {
  private historyLoading: Promise<PersistQueue<HistoryFile>> | null = null
  private historyLoaded: PersistQueue<HistoryFile> | null = null

  constructor(
    readonly main: PersistQueue<ReportFile>,
    private readonly openHistory: () => Promise<PersistQueue<HistoryFile>>
  ) {}

  get data(): ReportFile {
    return this.main.db.data
  }

  async history(): Promise<PersistQueue<HistoryFile>> {
    this.historyLoading ??= this.openHistory().then((q) => (this.historyLoaded = q))
    return this.historyLoading
  }

  /** The queues opened so far, for flushing and retrying. */
  queues(): PersistQueue<unknown>[] {
    return this.historyLoaded ? [this.main as PersistQueue<unknown>, this.historyLoaded as PersistQueue<unknown>] : [this.main as PersistQueue<unknown>]
  }
}
