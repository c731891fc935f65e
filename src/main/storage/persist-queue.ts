import type { Low } from 'lowdb'

// Writes of one file, one at a time. Edits change the in-memory data first; a write always
// writes the latest data, so a queued write whose edit an earlier write already carried is skipped.
// A failed write leaves the file marked dirty: the data stays in memory until a retry succeeds.

export class PersistQueue<T> {
  private chain: Promise<unknown> = Promise.resolve()
  private dirty = false
  /** When the data last reached the disk. */
  savedAt: string | null = null

  constructor(
    readonly db: Low<T>,
    private readonly hooks: { onWritten: (at: string) => void; onFailed: (error: Error) => void; now: () => Date }
  ) {}

  get isDirty(): boolean {
    return this.dirty
  }

  /** Resolves true once the current data is on disk, false if the write failed (kept for retry). */
  persist(): Promise<boolean> {
    this.dirty = true
    const run = this.chain.then(() => this.writeIfDirty())
    this.chain = run.catch(() => undefined)
    return run
  }

  /** Waits for every queued write. */
  async idle(): Promise<void> {
    await this.chain
  }

  private async writeIfDirty(): Promise<boolean> {
    if (!this.dirty) return true
    this.dirty = false
    try {
      await this.db.write()
    } catch (e) {
      this.dirty = true
      this.hooks.onFailed(e as Error)
      return false
    }
    this.savedAt = this.hooks.now().toISOString()
    this.hooks.onWritten(this.savedAt)
    return true
  }
}
