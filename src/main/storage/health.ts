import type { StorageStatus } from '../../shared/ipc'
import type { Recovery } from './durable-file'
import { writeErrorNotice } from './messages'

// What the user must be told about the disk (a restored backup, writes failing) and the retry
// loop that keeps trying to write while they fail.

export interface HealthOptions {
  now: () => Date
  /** Writes whatever is pending; resolves true when all of it reached the disk. */
  flush: () => Promise<boolean>
  /** Whether anything is still waiting to be written. */
  anyDirty: () => boolean
  retry?: { firstMs: number; maxMs: number }
}

export class StorageHealth {
  private readonly state: StorageStatus = { recovered: null, writeError: null, lastSavedAt: null }
  private readonly listeners = new Set<(status: StorageStatus) => void>()
  private retryTimer: NodeJS.Timeout | null = null
  private retryAttempt = 0
  private stopped = false

  constructor(private readonly options: HealthOptions) {}

  status(): StorageStatus {
    return structuredClone(this.state)
  }

  onStatus(listener: (status: StorageStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(): void {
    const status = this.status()
    for (const listener of this.listeners) listener(status)
  }

  /** Damaged files found (at start, or when a history file is first opened). */
  recovered(recoveries: Recovery[], notify: boolean): void {
    if (!recoveries.length) return
    const previous = this.state.recovered
    this.state.recovered = {
      at: this.options.now().toISOString(),
      movedTo: previous?.movedTo || (recoveries.find((r) => r.movedTo)?.movedTo ?? ''),
      message: [previous?.message, ...recoveries.map((r) => r.message)].filter(Boolean).join('\n')
    }
    if (notify) this.emit()
  }

  written(at: string): void {
    this.state.lastSavedAt = at
    if (this.state.writeError && !this.options.anyDirty()) {
      this.state.writeError = null
      this.retryAttempt = 0
      this.emit()
    }
  }

  failed(error: Error): void {
    const message = writeErrorNotice(error)
    if (!this.state.writeError || this.state.writeError.message !== message) {
      this.state.writeError = { since: this.state.writeError?.since ?? this.options.now().toISOString(), message }
      this.emit()
    }
    this.scheduleRetry()
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return
    const { firstMs, maxMs } = this.options.retry ?? { firstMs: 500, maxMs: 30_000 }
    const delay = Math.min(firstMs * 2 ** this.retryAttempt, maxMs)
    this.retryAttempt++
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.options.flush()
    }, delay)
  }

  stop(): void {
    this.stopped = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
  }
}
