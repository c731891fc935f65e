import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AutosaveScheduler, SaveConflict, saveStatusText, type SaveStatus } from '../../../src/renderer/src/state/autosave'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

function setup(save: () => Promise<string | null>) {
  const statuses: SaveStatus[] = []
  const s = new AutosaveScheduler({ save, onStatus: (st) => statuses.push(st), debounceMs: 1000, maxWaitMs: 4000, retryMs: 3000, now: () => Date.now() })
  return { s, statuses }
}

describe('autosave scheduling', () => {
  it('saves once, about a second after the last of a burst of changes', async () => {
    const save = vi.fn(async () => '2026-01-05T10:42:00Z')
    const { s } = setup(save)
    s.changed()
    await vi.advanceTimersByTimeAsync(500)
    s.changed()
    await vi.advanceTimersByTimeAsync(900)
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(200)
    expect(save).toHaveBeenCalledTimes(1)
    expect(s.status.kind).toBe('saved')
    expect(s.dirty).toBe(false)
  })

  it('saves at least every few seconds while changes keep coming', async () => {
    const save = vi.fn(async () => null)
    const { s } = setup(save)
    for (let t = 0; t < 4500; t += 300) {
      s.changed()
      await vi.advanceTimersByTimeAsync(300)
    }
    expect(save.mock.calls.length).toBeGreaterThanOrEqual(1)
  })

  it('keeps the data dirty and retries after a failed save', async () => {
    let fail = true
    const save = vi.fn(async () => {
      if (fail) throw new Error('磁盘已满')
      return '2026-01-05T10:42:00Z'
    })
    const { s } = setup(save)
    s.changed()
    await vi.advanceTimersByTimeAsync(1000)
    expect(s.status).toEqual({ kind: 'error', message: '磁盘已满' })
    expect(s.dirty).toBe(true)
    expect(saveStatusText(s.status)).toBe('保存失败，数据仍在内存中，正在重试')
    fail = false
    await vi.advanceTimersByTimeAsync(3000)
    expect(save).toHaveBeenCalledTimes(2)
    expect(s.status.kind).toBe('saved')
  })

  it('saves again when changes arrive during a save', async () => {
    let resolve!: (v: string) => void
    const save = vi.fn(() => new Promise<string>((r) => (resolve = r)))
    const { s } = setup(save)
    s.changed()
    await vi.advanceTimersByTimeAsync(1000)
    expect(save).toHaveBeenCalledTimes(1)
    s.changed()
    resolve('a')
    await vi.advanceTimersByTimeAsync(0)
    expect(s.status.kind).toBe('dirty')
    await vi.advanceTimersByTimeAsync(1000)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('flush saves immediately when dirty and does nothing when clean', async () => {
    const save = vi.fn(async () => null)
    const { s } = setup(save)
    await s.flush()
    expect(save).not.toHaveBeenCalled()
    s.changed()
    await s.flush()
    expect(save).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(5000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('stops after a save refused as stale: no retry, no flush, until the user chooses', async () => {
    let refuse = true
    const save = vi.fn(async () => {
      if (refuse) throw new SaveConflict('这份报告已在另一个窗口或标签页中保存了更新的内容。')
      return '2026-01-05T10:42:00Z'
    })
    const { s } = setup(save)
    s.changed()
    await vi.advanceTimersByTimeAsync(1000)
    expect(s.status).toEqual({ kind: 'conflict', message: '这份报告已在另一个窗口或标签页中保存了更新的内容。' })
    expect(saveStatusText(s.status)).toContain('别处有更新的版本')
    // Further typing and a flush (leaving, blur) do not save over the other version.
    s.changed()
    await s.flush()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(save).toHaveBeenCalledTimes(1)
    expect(s.dirty).toBe(true)
    // 保留我的版本: saved at once.
    refuse = false
    await s.resolve()
    expect(save).toHaveBeenCalledTimes(2)
    expect(s.status.kind).toBe('saved')
    expect(s.dirty).toBe(false)
  })

  it('is clean after a reload of the stored version', async () => {
    const save = vi.fn(async () => {
      throw new SaveConflict('已在别处保存')
    })
    const { s } = setup(save)
    s.changed()
    await vi.advanceTimersByTimeAsync(1000)
    s.reset('2026-01-05T10:50:00Z')
    expect(s.status).toEqual({ kind: 'saved', at: '2026-01-05T10:50:00Z' })
    expect(s.dirty).toBe(false)
    await vi.advanceTimersByTimeAsync(10_000)
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('shows the time of the last save as HH:MM', () => {
    const at = new Date(2026, 0, 5, 10, 42).toISOString()
    expect(saveStatusText({ kind: 'saved', at })).toBe('已保存 10:42')
    expect(saveStatusText({ kind: 'saving' })).toBe('正在保存…')
  })
})
