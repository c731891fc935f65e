// Autosave scheduling, independent of React and of the transport: a save runs ~1.2 s after the
// last change, at least every 5 s while changes keep coming, and is retried every 3 s after a
// failure. The data stays in memory until a save succeeds. A save refused because the stored
// report changed elsewhere (SaveConflict) is not retried: the user chooses first (see resolve).

export type SaveStatus =
  | { kind: 'saved'; at: string | null }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  /** The stored report is newer than this editor's content: waiting for the user's choice. */
  | { kind: 'conflict'; message: string }

/** Thrown by a save the storage refused as older than the stored report ('stale'). */
export class SaveConflict extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SaveConflict'
  }
}

export interface AutosaveOptions {
  /** Performs one save of the latest data; rejects on failure. Resolves with the save time. */
  save: () => Promise<string | null>
  onStatus?: (status: SaveStatus) => void
  debounceMs?: number
  maxWaitMs?: number
  retryMs?: number
  now?: () => number
}

export class AutosaveScheduler {
  private timer: ReturnType<typeof setTimeout> | null = null
  private dirtySince: number | null = null
  private running: Promise<void> | null = null
  /** Changes that arrived while a save was running: another save must follow. */
  private changedDuringSave = false
  private disposed = false
  status: SaveStatus = { kind: 'saved', at: null }

  private readonly debounceMs: number
  private readonly maxWaitMs: number
  private readonly retryMs: number
  private readonly now: () => number

  constructor(private readonly opts: AutosaveOptions) {
    this.debounceMs = opts.debounceMs ?? 1200
    this.maxWaitMs = opts.maxWaitMs ?? 5000
    this.retryMs = opts.retryMs ?? 3000
    this.now = opts.now ?? (() => Date.now())
  }

  get dirty(): boolean {
    return this.dirtySince !== null || this.changedDuringSave
  }

  /** Call after every change of the data. */
  changed(): void {
    if (this.disposed) return
    if (this.running) this.changedDuringSave = true
    if (this.dirtySince === null) this.dirtySince = this.now()
    if (this.status.kind === 'conflict') return // nothing is saved until the user has chosen
    if (this.status.kind !== 'error' && this.status.kind !== 'saving') this.setStatus({ kind: 'dirty' })
    if (this.status.kind === 'error') return // the retry timer is already set
    const waited = this.now() - this.dirtySince
    this.schedule(Math.max(0, Math.min(this.debounceMs, this.maxWaitMs - waited)))
  }

  /** Saves now if anything is unsaved (window blur, leaving the editor, before export). */
  async flush(): Promise<void> {
    if (this.running) await this.running
    if (this.dirty && this.status.kind !== 'conflict') await this.runSave()
  }

  /** The user chose after a conflict: save again now (the caller marks the save as an overwrite). */
  resolve(): Promise<void> {
    if (this.status.kind !== 'conflict') return Promise.resolve()
    this.dirtySince ??= this.now()
    return this.runSave()
  }

  /** The editor now holds what is stored (reloaded): nothing is unsaved. */
  reset(at: string | null): void {
    this.clearTimer()
    this.dirtySince = null
    this.changedDuringSave = false
    this.setStatus({ kind: 'saved', at })
  }

  dispose(): void {
    this.disposed = true
    this.clearTimer()
  }

  private schedule(ms: number): void {
    this.clearTimer()
    this.timer = setTimeout(() => {
      this.timer = null
      void this.runSave()
    }, ms)
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer)
    this.timer = null
  }

  private runSave(): Promise<void> {
    if (this.running) {
      this.changedDuringSave = true
      return this.running
    }
    this.clearTimer()
    this.dirtySince = null
    this.changedDuringSave = false
    this.setStatus({ kind: 'saving' })
    this.running = this.opts
      .save()
      .then(
        (at) => {
          this.running = null
          if (this.changedDuringSave) {
            this.changedDuringSave = false
            this.dirtySince ??= this.now()
            this.setStatus({ kind: 'dirty' })
            if (!this.disposed) this.schedule(this.debounceMs)
          } else {
            this.setStatus({ kind: 'saved', at })
          }
        },
        (err: unknown) => {
          this.running = null
          this.changedDuringSave = false
          this.dirtySince ??= this.now()
          if (err instanceof SaveConflict) return this.setStatus({ kind: 'conflict', message: err.message })
          this.setStatus({ kind: 'error', message: err instanceof Error ? err.message : String(err) })
          if (!this.disposed) this.schedule(this.retryMs)
        }
      )
    return this.running
  }

  private setStatus(status: SaveStatus): void {
    // Repeated "dirty" while typing is not news: listeners hear only real changes.
    if (status.kind === 'dirty' && this.status.kind === 'dirty') return
    this.status = status
    this.opts.onStatus?.(status)
  }
}

/** The indicator text: "已保存 10:42" / "正在保存…" / "保存失败，数据仍在内存中，正在重试". */
export function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return status.at ? `已保存 ${clock(status.at)}` : '已保存'
    case 'dirty':
      return '有未保存的修改'
    case 'saving':
      return '正在保存…'
    case 'error':
      return '保存失败，数据仍在内存中，正在重试'
    case 'conflict':
      return '未保存：这份报告在别处有更新的版本'
  }
}

function clock(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return ''
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}
