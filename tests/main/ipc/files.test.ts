import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportResult } from '../../../src/shared/import/types'
import { parseExchangeText } from '../../../src/shared/report/exchange'
import { readShared } from '../../helpers/fixtures'
import { useHarness } from './harness'

const harness = useHarness()

/** The importer stand-in: reads the exchange file the dialog pointed at. */
async function importExchange(bytes: Uint8Array, fileName: string): Promise<ImportResult> {
  const report = parseExchangeText(new TextDecoder().decode(bytes))
  return { report, source: { kind: 'nianbao-json', fileName }, detectedFormat: report.format, cells: {}, problems: [] }
}

async function withFixture() {
  const h = await harness({ importFile: importExchange })
  const path = join(h.dir, 'last-year.json')
  writeFileSync(path, readShared('fixtures', 'jiaxing-zjj-2020.json'))
  h.chosen.open = path
  return h
}

describe('files:importPreview / importConfirm', () => {
  it('a canceled dialog is a canceled preview', async () => {
    const { call } = await harness()
    expect((await call('files:importPreview')).value).toEqual({ canceled: true })
  })

  it('an unreadable file is a typed import error with the importer message', async () => {
    const { call, chosen, dir } = await harness()
    chosen.open = join(dir, 'x.doc')
    writeFileSync(chosen.open, 'not a report')
    const r = await call('files:importPreview')
    expect(r.error).toEqual({ code: 'import', message: '无法识别的文件' })
  })

  it('next-year stores last year as its own report and links this year to it', async () => {
    const { call } = await withFixture()
    const preview = (await call('files:importPreview')).value
    expect(preview.result.report.year).toBe(2020)
    const thisYear = (await call('files:importConfirm', { token: preview.token, mode: 'next-year' })).value
    expect(thisYear.year).toBe(2021)
    const list = (await call('reports:list')).value
    expect(list.map((r: { year: number }) => r.year)).toEqual([2021, 2020])
    const last = list.find((r: { year: number }) => r.year === 2020)
    expect(thisYear.previousId).toBe(last.id)
    // The token is used up.
    expect((await call('files:importConfirm', { token: preview.token, mode: 'next-year' })).error.code).toBe('not-found')
  })

  it('a year the file does not state must be chosen: confirm refuses without one and stores the one given', async () => {
    const unknownYear = async (bytes: Uint8Array, fileName: string) => ({ ...(await importExchange(bytes, fileName)), yearUnknown: true as const })
    const h = await harness({ importFile: unknownYear })
    h.chosen.open = join(h.dir, 'no-year.json')
    writeFileSync(h.chosen.open, readShared('fixtures', 'jiaxing-zjj-2020.json'))
    const preview = (await h.call('files:importPreview')).value
    const refused = await h.call('files:importConfirm', { token: preview.token, mode: 'as-is' })
    expect(refused.error).toEqual({ code: 'import', message: expect.stringMatching(/请先选择报告年度/) })
    const stored = (await h.call('files:importConfirm', { token: preview.token, mode: 'as-is', year: 2019 })).value
    expect(stored.year).toBe(2019)
    const again = (await h.call('files:importPreview')).value
    expect((await h.call('files:importConfirm', { token: again.token, mode: 'as-is', year: 1066 })).error.code).toBe('invalid-request')
  })

  it('never overwrites a stored report unless replaceId says so', async () => {
    const { call } = await withFixture()
    const first = (await call('files:importPreview')).value
    const stored = (await call('files:importConfirm', { token: first.token, mode: 'as-is' })).value
    await call('reports:save', { report: { ...stored, text: { ...stored.text, problems: '我改过的文字' } } })

    const again = (await call('files:importPreview')).value
    const clash = await call('files:importConfirm', { token: again.token, mode: 'as-is' })
    expect(clash.error.code).toBe('conflict')
    expect(clash.error.message).toContain('2020年')
    expect((await call('reports:get', { id: stored.id })).value.text.problems).toBe('我改过的文字')

    // The same token still works for a confirmed replace; the old content becomes a snapshot.
    const replaced = await call('files:importConfirm', { token: again.token, mode: 'as-is', replaceId: stored.id })
    expect(replaced.value.id).toBe(stored.id)
    expect(replaced.value.text.problems).not.toBe('我改过的文字')
    const snaps = (await call('reports:snapshots', { id: stored.id })).value
    expect(snaps[0].reason).toBe('before-import')
    expect((await call('reports:list')).value).toHaveLength(1)
  })

  it('refuses an import whose content breaks the bounds, storing nothing', async () => {
    const { call, chosen, dir } = await harness({
      importFile: async (bytes, fileName) => {
        const r = await importExchange(bytes, fileName)
        return { ...r, report: { ...r.report, agency: '局'.repeat(500) } }
      }
    })
    chosen.open = join(dir, 'a.json')
    writeFileSync(chosen.open, readShared('fixtures', 'jiaxing-zjj-2020.json'))
    const preview = (await call('files:importPreview')).value
    const r = await call('files:importConfirm', { token: preview.token, mode: 'as-is' })
    expect(r.error.code).toBe('import')
    expect((await call('reports:list')).value).toHaveLength(0)
  })

  it('export failures are typed errors', async () => {
    const { call } = await harness({
      renderExport: async () => {
        throw new Error('导出功能尚未完成')
      }
    })
    const r = (await call('reports:create', { agency: '某局', year: 2024 })).value
    const e = await call('files:export', { id: r.id, kind: 'docx', blankAs: 'zero' })
    expect(e.error).toEqual({ code: 'internal', message: '导出失败：导出功能尚未完成' })
  })
})
