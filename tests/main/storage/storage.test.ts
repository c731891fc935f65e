import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStorage, StorageError } from '../../../src/main/storage/storage'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

describe('storage', () => {
  it('keeps many reports across a reopen, each in its own file', async () => {
    const dir = tempDir()
    const s = await openStorage({ dir })
    const a = await s.create({ agency: '某市交通局', year: 2023 })
    const b = await s.create({ agency: '某市交通局', year: 2024 })
    await s.save({ ...b, cells: { ...b.cells, 't3.new.total': 12 }, text: { ...b.text, overview: '总体情况正文' } })
    await s.close()

    const again = await openStorage({ dir })
    expect(again.list().map((r) => r.year)).toEqual([2024, 2023])
    expect(again.get(b.id).cells['t3.new.total']).toBe(12)
    expect(again.get(b.id).text.overview).toBe('总体情况正文')
    expect(again.get(a.id).agency).toBe('某市交通局')
    const onDisk = JSON.parse(readFileSync(join(dir, 'reports', `${b.id}.json`), 'utf8'))
    expect(onDisk.schemaVersion).toBe(1)
    await again.close()
  })

  it('answers a save with the time it reached the disk', async () => {
    const s = await openStorage({ dir: tempDir() })
    const r = await s.create({ agency: '甲', year: 2024 })
    const { savedAt } = await s.save(r)
    expect(savedAt).not.toBeNull()
    expect(s.status().lastSavedAt).toBe(savedAt)
    await s.close()
  })

  it('keeps at most 20 snapshots and restores one, snapshotting the current state first', async () => {
    let clock = Date.parse('2025-01-10T08:00:00Z')
    const s = await openStorage({ dir: tempDir(), now: () => new Date(clock) })
    const r = await s.create({ agency: '乙', year: 2024 })
    for (let i = 1; i <= 30; i++) {
      clock += 6 * 60_000 // past the autosave snapshot interval each time
      await s.save({ ...r, text: { ...r.text, overview: `第${i}稿` } })
    }
    const snaps = await s.snapshots(r.id)
    expect(snaps).toHaveLength(20)
    // Newest first; each autosave snapshot holds the version before that save.
    const target = snaps[0]
    const restored = await s.restoreSnapshot(r.id, target.id)
    expect(restored.text.overview).toBe('第29稿')
    expect((await s.snapshots(r.id))[0].reason).toBe('before-restore')
    expect(s.get(r.id).text.overview).toBe('第29稿')
    await s.close()
  })

  it('does not snapshot every autosave made within a few minutes', async () => {
    let clock = Date.parse('2025-01-10T08:00:00Z')
    const s = await openStorage({ dir: tempDir(), now: () => new Date(clock) })
    const r = await s.create({ agency: '丙', year: 2024 })
    for (let i = 0; i < 10; i++) {
      clock += 3000
      await s.save({ ...r, text: { ...r.text, overview: `稿${i}` } })
    }
    expect(await s.snapshots(r.id)).toHaveLength(1)
    await s.close()
  })

  it('makes a delete undoable, also after a restart', async () => {
    const dir = tempDir()
    const s = await openStorage({ dir })
    const r = await s.create({ agency: '丁', year: 2024 })
    const { undoToken } = await s.delete(r.id)
    expect(s.list()).toHaveLength(0)
    expect(() => s.get(r.id)).toThrow(StorageError)
    await s.close()
    const again = await openStorage({ dir })
    expect(again.list()).toHaveLength(0)
    expect((await again.undoDelete(undoToken)).id).toBe(r.id)
    expect(again.list()).toHaveLength(1)
    await expect(again.undoDelete('nope')).rejects.toMatchObject({ code: 'not-found' })
    await again.close()
  })

  it('duplicates a report under a new id and remembers settings and window state', async () => {
    const dir = tempDir()
    const s = await openStorage({ dir })
    const r = await s.create({ agency: '戊', year: 2024 })
    const copy = await s.duplicate(r.id)
    expect(copy.id).not.toBe(r.id)
    expect(copy.agency).toBe('戊（副本）')
    expect(s.settings()).toEqual(DEFAULT_SETTINGS)
    await s.setSettings({ ...DEFAULT_SETTINGS, blankAs: 'slash' })
    await s.setWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: false })
    await s.close()
    const again = await openStorage({ dir })
    expect(again.settings().blankAs).toBe('slash')
    expect(again.windowState()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false })
    expect(again.list()).toHaveLength(2)
    await again.close()
  })

  it('finds a report by agency and year ignoring spaces', async () => {
    const s = await openStorage({ dir: tempDir() })
    const r = await s.create({ agency: '某县 人民政府', year: 2022 })
    expect(s.findByAgencyYear('某县人民政府', 2022)?.id).toBe(r.id)
    expect(s.findByAgencyYear('某县人民政府', 2023)).toBeUndefined()
    await s.close()
  })
})
