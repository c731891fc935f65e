import { describe, expect, it } from 'vitest'
import { judgeSave } from '../../../src/main/storage/save-order'
import { openStorage, StorageError } from '../../../src/main/storage/storage'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

describe('which save may replace the stored report', () => {
  const order = (editor: string, seq: number, baseRevision: number, overwrite?: boolean) => ({ editor, seq, baseRevision, overwrite })

  it('lets an editor follow its own saves without waiting for their answers, and refuses its late older ones', () => {
    expect(judgeSave(7, { editor: 'a', seq: 3 }, order('a', 4, 5))).toEqual({ accept: true })
    expect(judgeSave(7, { editor: 'a', seq: 3 }, order('a', 3, 7))).toEqual({ accept: false, reason: 'older-than-own' })
    expect(judgeSave(7, { editor: 'a', seq: 3 }, order('a', 2, 7))).toEqual({ accept: false, reason: 'older-than-own' })
  })

  it('refuses another editor whose content starts from an older revision, unless it overwrites knowingly', () => {
    expect(judgeSave(7, { editor: 'a', seq: 3 }, order('b', 1, 7))).toEqual({ accept: true })
    expect(judgeSave(7, { editor: 'a', seq: 3 }, order('b', 9, 6))).toEqual({ accept: false, reason: 'changed-elsewhere' })
    expect(judgeSave(7, null, order('b', 1, 6))).toEqual({ accept: false, reason: 'changed-elsewhere' })
    expect(judgeSave(7, { editor: 'a', seq: 3 }, order('b', 1, 6, true))).toEqual({ accept: true })
  })

  it('only serialises callers that send no order (CLI, scripts)', () => {
    expect(judgeSave(7, { editor: 'a', seq: 3 }, undefined)).toEqual({ accept: true })
  })
})

describe('report revisions in storage', () => {
  it('raises the revision on every content write and keeps it across a reopen', async () => {
    const dir = tempDir()
    const s = await openStorage({ dir })
    const r = await s.create({ agency: '某县财政局', year: 2024 })
    expect(s.open(r.id).revision).toBe(0)
    const first = await s.save({ ...r, text: { ...r.text, overview: '一' } }, { editor: 'e', seq: 1, baseRevision: 0 })
    expect(first.revision).toBe(1)
    await s.close()
    const again = await openStorage({ dir })
    expect(again.open(r.id)).toMatchObject({ revision: 1, report: { text: { overview: '一' } } })
    // After a restart no editor is known: a save from the old revision is refused.
    await expect(again.save({ ...r, text: { ...r.text, overview: '旧' } }, { editor: 'e', seq: 2, baseRevision: 0 })).rejects.toMatchObject({ code: 'stale' })
    await again.close()
  })

  it('makes the editor that restored a snapshot start from the restored revision', async () => {
    let clock = Date.parse('2025-01-10T08:00:00Z')
    const s = await openStorage({ dir: tempDir(), now: () => new Date(clock) })
    const r = await s.create({ agency: '某县财政局', year: 2024 })
    await s.save({ ...r, text: { ...r.text, overview: '一' } }, { editor: 'e', seq: 1, baseRevision: 0 })
    clock += 6 * 60_000
    const { revision } = await s.save({ ...r, text: { ...r.text, overview: '二' } }, { editor: 'e', seq: 2, baseRevision: 0 })
    const [snapshot] = await s.snapshots(r.id)
    await s.restoreSnapshot(r.id, snapshot.id)
    // The restore is a write of its own: the editor's next save from before it is refused…
    const error = await s.save({ ...r, text: { ...r.text, overview: '三' } }, { editor: 'e', seq: 3, baseRevision: revision }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StorageError)
    expect((error as StorageError).code).toBe('stale')
    expect(s.get(r.id).text.overview).toBe('一')
    // …and one from the restored revision is accepted.
    const opened = s.open(r.id)
    expect((await s.save({ ...opened.report, text: { ...r.text, overview: '四' } }, { editor: 'e', seq: 4, baseRevision: opened.revision })).revision).toBe(opened.revision + 1)
    await s.close()
  })
})
