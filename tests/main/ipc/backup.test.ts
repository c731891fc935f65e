import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings'
import { useHarness } from './harness'

// 备份全部报告 and 从备份恢复 through the real handlers and a real storage folder.

const harness = useHarness()

type Call = Awaited<ReturnType<typeof harness>>['call']

async function twoReports(call: Call) {
  const last = (await call('reports:create', { agency: '某某市某某局', year: 2024 })).value
  last.cells['t3.new.natural'] = 56
  await call('reports:save', { report: last })
  const current = (await call('reports:create', { agency: '某某市某某局', year: 2025 })).value
  await call('reports:save', { report: { ...current, previousId: last.id, text: { ...current.text, overview: '本年度……' } } })
  return { last: (await call('reports:get', { id: last.id })).value, current: (await call('reports:get', { id: current.id })).value }
}

describe('backup and restore', () => {
  it('restores every report into a fresh data folder, links and all', async () => {
    const a = await harness()
    const { last, current } = await twoReports(a.call)
    a.chosen.save = join(a.dir, 'backup.json')
    expect((await a.call('backup:save')).value).toEqual({ saved: true, path: a.chosen.save })

    const b = await harness()
    b.chosen.open = a.chosen.save
    const preview = (await b.call('backup:preview')).value
    expect(preview.summary.reports).toHaveLength(2)
    expect(preview.summary.years).toEqual([2025, 2024])
    expect(preview.summary.agencies).toEqual(['某某市某某局'])
    expect(preview.summary).toMatchObject({ alreadyStored: 0, asCopies: 0 })
    // Nothing is restored before the user confirms.
    expect((await b.call('reports:list')).value).toHaveLength(0)

    expect((await b.call('backup:restore', { token: preview.token })).value).toEqual({ added: 2, copies: 0, skipped: 0, settings: 'restored' })
    expect((await b.call('reports:get', { id: last.id })).value).toEqual(last)
    expect((await b.call('reports:get', { id: current.id })).value).toEqual(current)
    // The token is used up: a second click does not restore twice.
    expect((await b.call('backup:restore', { token: preview.token })).error.code).toBe('not-found')
  })

  it('never overwrites: a same-id report with other content is kept and the backup copy added beside it', async () => {
    const h = await harness()
    const { last, current } = await twoReports(h.call)
    h.chosen.save = join(h.dir, 'backup.json')
    await h.call('backup:save')
    // Work after the backup: it must survive a restore of the older backup.
    const edited = { ...last, cells: { ...last.cells, 't3.new.natural': 60 } }
    await h.call('reports:save', { report: edited })

    h.chosen.open = h.chosen.save
    const preview = (await h.call('backup:preview')).value
    expect(preview.summary).toMatchObject({ alreadyStored: 1, asCopies: 1 })
    const result = (await h.call('backup:restore', { token: preview.token })).value
    expect(result).toMatchObject({ added: 1, copies: 1, skipped: 1 })

    const list = (await h.call('reports:list')).value as { id: string; agency: string; year: number }[]
    expect(list).toHaveLength(3)
    expect((await h.call('reports:get', { id: last.id })).value.cells['t3.new.natural']).toBe(60)
    expect((await h.call('reports:get', { id: current.id })).value).toEqual(current)
    const copy = list.find((s) => s.id !== last.id && s.id !== current.id)!
    expect(copy.agency).toBe('某某市某某局（备份恢复）')
    expect((await h.call('reports:get', { id: copy.id })).value.cells['t3.new.natural']).toBe(56)
  })

  it('keeps settings the user changed; restores them only over the defaults', async () => {
    const h = await harness()
    await twoReports(h.call)
    await h.call('settings:set', { settings: { ...DEFAULT_SETTINGS, blankAs: 'slash' } })
    h.chosen.save = join(h.dir, 'backup.json')
    await h.call('backup:save')
    await h.call('settings:set', { settings: { ...DEFAULT_SETTINGS, typography: { ...DEFAULT_SETTINGS.typography, bodySizePt: 15 } } })
    h.chosen.open = h.chosen.save
    const preview = (await h.call('backup:preview')).value
    expect((await h.call('backup:restore', { token: preview.token })).value.settings).toBe('kept')
    expect((await h.call('settings:get')).value.typography.bodySizePt).toBe(15)
  })

  it('refuses a broken file with a message naming it, and changes nothing', async () => {
    const h = await harness()
    const { last } = await twoReports(h.call)
    h.chosen.save = join(h.dir, 'backup.json')
    await h.call('backup:save')
    const broken = join(h.dir, '坏的备份.json')
    writeFileSync(broken, readFileSync(h.chosen.save, 'utf8').replace('"t3.new.natural": 56', '"t3.new.natural": 5'))
    h.chosen.open = broken
    const answer = await h.call('backup:preview')
    expect(answer.ok).toBe(false)
    expect(answer.error.message).toMatch(/^“坏的备份\.json”：备份文件已损坏或被修改过/)
    expect((await h.call('reports:list')).value).toHaveLength(2)
    expect((await h.call('reports:get', { id: last.id })).value).toEqual(last)
  })

  it('a canceled dialog saves or restores nothing', async () => {
    const h = await harness()
    expect((await h.call('backup:save')).value).toEqual({ saved: false })
    expect((await h.call('backup:preview')).value).toEqual({ canceled: true })
  })

  it('tells where the data folder is', async () => {
    const h = await harness()
    expect((await h.call('storage:location')).value).toEqual({ dataDir: h.dir })
  })
})

describe('print:document', () => {
  it('hands the web-page export of the stored report to the printer', async () => {
    const printed: string[] = []
    const h = await harness({ printDocument: async (html) => (printed.push(html), { printed: true }) })
    const r = (await h.call('reports:create', { agency: '打印局', year: 2025 })).value
    expect((await h.call('print:document', { id: r.id, blankAs: 'zero' })).value).toEqual({ printed: true })
    expect(printed).toEqual(['html:打印局'])
  })

  it('says so where nothing can print, and refuses a made-up field', async () => {
    const h = await harness()
    const r = (await h.call('reports:create', { agency: '打印局', year: 2025 })).value
    expect((await h.call('print:document', { id: r.id, blankAs: 'zero' })).error.message).toMatch(/无法打印/)
    expect((await h.call('print:document', { id: r.id, blankAs: 'zero', path: '/tmp/x' })).error.code).toBe('invalid-request')
  })
})
