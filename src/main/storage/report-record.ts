import type { HistoryFile, ReportFile } from './file-schema'
import type { PersistQueue } from './persist-queue'
import type { LastWriter } from './save-order'
import { Serial } from './serial'

// One stored report: its main file (always loaded) and its history file, opened on first use so
// starting the app does not parse every report's twenty snapshots.

export class ReportRecord {
  private historyLoading: Promise<PersistQueue<HistoryFile>> | null = null
  private historyLoaded: PersistQueue<HistoryFile> | null = null
  /** Every change of this report runs here, one at a time, in the order it arrived. */
  readonly serial = new Serial()
  lastWriter: LastWriter | null = null

  constructor(
    readonly main: PersistQueue<ReportFile>,
    private readonly openHistory: () => Promise<PersistQueue<HistoryFile>>
  ) {}

  get data(): ReportFile {
    return this.main.db.data
  }

  /** Raised by every write of the content; files from before revisions start at 0. */
  get revision(): number {
    return this.data.revision ?? 0
  }

  /** The content changed: a new revision, by this editor (null: not an editor's autosave). */
  bump(writer: LastWriter | null): number {
    this.data.revision = this.revision + 1
    this.lastWriter = writer
    return this.data.revision
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
