import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isolatedImporter } from '../../../src/main/import/isolated'
import { openStorage } from '../../../src/main/storage/storage'
import { reportFromExchange, readExchange } from '../../../src/shared/report'
import type { AggregateView, FolderCheckState } from '../../../src/shared/ipc-work'
import { CORPUS_DIR } from '../../../scripts/corpus/load'
import { sharedPath } from '../../helpers/fixtures'
import { useHarness } from './harness'

// The aggregate:* and folderCheck:* handlers over a real storage, with the real import workers.

const harness = useHarness()
const fixture = () => readExchange(JSON.parse(readFileSync(sharedPath('fixtures/jiaxing-zjj-2020.json'), 'utf8')))

describe('aggregate handlers', () => {
  it('sums stored reports, lists expected departments (kept on disk) with the missing one, and saves the sum as a report', async () => {
    const h = await harness()
    const a = await h.storage.insert(reportFromExchange({ ...fixture(), agency: '甲局' }))
    const b = await h.storage.insert(reportFromExchange({ ...fixture(), agency: '乙局' }))
    expect((await h.call('aggregate:setDepartments', { departments: ['甲局', '乙局', '丙局', ' 甲局 '] })).value).toEqual(['甲局', '乙局', '丙局'])

    const res = await h.call('aggregate:fromReports', { ids: [a.id, b.id] })
    expect(res.ok).toBe(true)
    const view = res.value as AggregateView
    expect(view.cells['t3.new.natural']).toBe(2 * (a.cells['t3.new.natural'] as number))
    expect(view.statuses.map((s) => [s.department, s.state])).toEqual([['甲局', 'ok'], ['乙局', 'ok'], ['丙局', 'missing']])
    expect(view.sum.counts.error).toBe(0)

    const saved = await h.call('aggregate:save', { token: view.token, agency: '某县人民政府' })
    expect(saved.value).toMatchObject({ agency: '某县人民政府', year: 2020, deadline: 'government', text: { overview: '' } })
    expect(h.storage.get(saved.value.id).cells['t3.new.natural']).toBe(view.cells['t3.new.natural'])
    const again = await h.call('aggregate:save', { token: view.token, agency: '某县人民政府' })
    expect(again.error.code).toBe('conflict')

    // The list is on disk: a storage opened afresh on the folder reads it.
    await h.storage.close()
    const reopened = await openStorage({ dir: h.dir })
    const h2 = await harness({ storage: reopened })
    expect((await h2.call('aggregate:departments')).value).toEqual(['甲局', '乙局', '丙局'])
    await reopened.close()
  })

  it('refuses to mix years with a Chinese message', async () => {
    const h = await harness()
    const a = await h.storage.insert(reportFromExchange({ ...fixture(), agency: '甲局' }))
    const b = await h.storage.insert(reportFromExchange({ ...fixture(), agency: '乙局', year: 2019 }))
    const res = await h.call('aggregate:fromReports', { ids: [a.id, b.id] })
    expect(res.ok).toBe(false)
    expect(res.error.message).toContain('不是同一年度')
  })

  it('checks a chosen folder in the background: progress, one result per file, the unreadable one skipped', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'nianbao-folder-'))
    mkdirSync(join(folder, 'sub'))
    copyFileSync(join(CORPUS_DIR, 'haizhu-guanzhou-2023-page.txt'), join(folder, 'sub', 'a.txt'))
    writeFileSync(join(folder, 'b.json'), readFileSync(sharedPath('fixtures/jiaxing-zjj-2020.json')))
    writeFileSync(join(folder, 'c.bin'), Buffer.alloc(300, 1))
    const h = await harness({ importFile: isolatedImporter() })
    const dialogs = { chooseOpenPath: async () => null, chooseSavePath: async () => null, chooseFolderPath: async () => folder }
    const h2 = await harness({ importFile: isolatedImporter(), dialogs, storage: h.storage })
    const started = (await h2.call('folderCheck:start')).value as { jobId: string }
    let state: FolderCheckState
    const seen: FolderCheckState['results'] = []
    do {
      await new Promise((r) => setTimeout(r, 100))
      state = (await h2.call('folderCheck:progress', { jobId: started.jobId, from: seen.length })).value
      seen.push(...state.results)
      expect(state.total).toBe(3)
    } while (!state.finished)
    expect(seen.map((r) => r.file).sort()).toEqual(['b.json', 'c.bin', join('sub', 'a.txt')])
    expect(seen.find((r) => r.file === 'c.bin')).toMatchObject({ ok: false })
    expect(seen.find((r) => r.file === 'b.json')).toMatchObject({ ok: true, agency: '嘉兴市住房和城乡建设局', year: 2020 })
  }, 60_000)
})
