import { describe, expect, it } from 'vitest'
import { useHarness } from './harness'

const harness = useHarness()

describe('reports:* over the dispatcher', () => {
  it('creates, lists, saves, deletes and undoes a delete', async () => {
    const { call } = await harness()
    const created = await call('reports:create', { agency: '  某区教育局 ', year: 2024 })
    expect(created.ok).toBe(true)
    const report = created.value
    expect(report.agency).toBe('某区教育局')
    expect(report.format).toBe('2021')
    const saved = await call('reports:save', { report: { ...report, cells: { ...report.cells, 't3.new.total': 5 } } })
    expect(saved.ok && saved.value.savedAt).toBeTruthy()
    expect((await call('reports:get', { id: report.id })).value.cells['t3.new.total']).toBe(5)
    const list = await call('reports:list')
    expect(list.value).toHaveLength(1)
    expect(list.value[0]).toMatchObject({ agency: '某区教育局', year: 2024, errors: 0 })
    const del = await call('reports:delete', { id: report.id })
    expect((await call('reports:list')).value).toHaveLength(0)
    expect((await call('reports:get', { id: report.id })).error.code).toBe('not-found')
    expect((await call('reports:undoDelete', { undoToken: del.value.undoToken })).ok).toBe(true)
    expect((await call('reports:list')).value).toHaveLength(1)
  })

  it('names a number too large to hold (1e309 arrives as Infinity) and which cell has it', async () => {
    const { call } = await harness()
    const report = (await call('reports:create', { agency: '某区教育局', year: 2024 })).value
    const saved = await call('reports:save', { report: { ...report, cells: { ...report.cells, 't3.new.total': JSON.parse('1e309') } } })
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(saved.error.message).toContain('report.cells.t3.new.total')
    expect(saved.error.message).toContain('超出范围')
  })

  it('answers not-found for unknown ids and snapshots with a Chinese message', async () => {
    const { call } = await harness()
    const r = await call('reports:get', { id: 'no-such-report' })
    expect(r).toEqual({ ok: false, error: { code: 'not-found', message: expect.stringContaining('找不到') } })
    const created = (await call('reports:create', { agency: '甲', year: 2024 })).value
    const snap = await call('reports:restoreSnapshot', { id: created.id, snapshotId: 'nope' })
    expect(snap.error.code).toBe('not-found')
  })

  it('settings round-trip and bad settings are refused', async () => {
    const { call } = await harness()
    const settings = (await call('settings:get')).value
    expect((await call('settings:set', { settings: { ...settings, blankAs: 'slash' } })).value.blankAs).toBe('slash')
    const bad = await call('settings:set', { settings: { ...settings, typography: { ...settings.typography, bodySizePt: 'big' } } })
    expect(bad.error.code).toBe('invalid-request')
    expect(bad.error.message).toContain('typography.bodySizePt')
    expect((await call('storage:status')).value).toMatchObject({ recovered: null, writeError: null })
  })

  it('keeps which totals are computed across a save, and the computed figure is an ordinary cell', async () => {
    const { call } = await harness()
    const report = (await call('reports:create', { agency: '某区教育局', year: 2024 })).value
    const cells = { ...report.cells, 't4.review.upheld': 2, 't4.review.total': 2 }
    expect((await call('reports:save', { report: { ...report, cells, computed: ['t4.review.total'] } })).ok).toBe(true)
    const back = (await call('reports:get', { id: report.id })).value
    expect(back.computed).toEqual(['t4.review.total'])
    expect(back.cells['t4.review.total']).toBe(2)
    const bad = await call('reports:save', { report: { ...report, computed: 't4.review.total' } })
    expect(bad.error.code).toBe('invalid-request')
  })

  it('remembers that totals are not to be computed (自动合计 off)', async () => {
    const { call } = await harness()
    const settings = (await call('settings:get')).value
    expect(settings.autoTotals).not.toBe(false)
    expect((await call('settings:set', { settings: { ...settings, autoTotals: false } })).value.autoTotals).toBe(false)
    expect((await call('settings:get')).value.autoTotals).toBe(false)
  })
})
