import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ImportResult } from '../../../src/shared/import/types'
import type { AggregateView, FolderRefusal } from '../../../src/shared/ipc-work'
import { newReport, parseExchangeText, reportToExchange, writeExchangeText } from '../../../src/shared/report'
import { sharedPath } from '../../helpers/fixtures'
import { useHarness } from './harness'

// aggregate:fromFolder on a folder of several years: the newest is summed, the years are offered,
// aggregate:folderYear sums another without reading the folder again; a year that mixes the two
// formats is refused with the years still offered.

const harness = useHarness()
const folder = mkdtempSync(join(tmpdir(), 'nianbao-agg-years-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const fixture = readFileSync(sharedPath('fixtures/jiaxing-zjj-2020.json'), 'utf8')
const as = (agency: string, year: number) => JSON.stringify({ ...JSON.parse(fixture), agency, year })
writeFileSync(join(folder, 'a.json'), as('甲局', 2020))
writeFileSync(join(folder, 'b.json'), as('乙局', 2020))
writeFileSync(join(folder, 'c.json'), as('丙局', 2019))
writeFileSync(join(folder, '无年度.json'), as('丁局', 2020))
// 2019 also holds a report in the 2021 format: that year cannot be summed.
writeFileSync(join(folder, 'e.json'), writeExchangeText({ ...reportToExchange(newReport({ agency: '戊局', year: 2019, format: '2021' })) }))

/** The exchange reader, with the year of "无年度…" files taken as a placeholder the file never stated. */
const importFile = async (bytes: Uint8Array, name: string): Promise<ImportResult> => {
  const report = parseExchangeText(new TextDecoder().decode(bytes))
  return { report, source: { kind: 'nianbao-json', fileName: name }, detectedFormat: report.format, cells: {}, problems: [], ...(name.startsWith('无年度') ? { yearUnknown: true as const } : {}) }
}

describe('aggregate of a folder of several years', () => {
  it('sums the newest year, offers the others, and sums another year or the unknown file when asked', async () => {
    let reads = 0
    const h = await harness({
      importFile: (bytes, name) => (reads++, importFile(bytes, name)),
      dialogs: { chooseOpenPath: async () => null, chooseSavePath: async () => null, chooseFolderPath: async () => folder }
    })
    const first = (await h.call('aggregate:fromFolder')).value as AggregateView
    expect(first.year).toBe(2020)
    expect(first.departments.map((d) => d.department)).toEqual(['甲局', '乙局'])
    expect(first.folder).toMatchObject({ year: 2020, unknown: ['无年度.json'], includeUnknown: false })
    expect(first.folder!.years).toEqual([{ year: 2020, departments: ['甲局', '乙局'] }, { year: 2019, departments: ['丙局', '戊局'] }])
    expect(first.notes).toEqual(expect.arrayContaining(['其他年度的报告未计入：2019年度（丙局、戊局）。', '以下文件未写明年度，未计入：无年度.json。']))
    expect(reads).toBe(5)

    const withUnknown = (await h.call('aggregate:folderYear', { folder: first.folder!.token, year: 2020, includeUnknown: true })).value as AggregateView
    expect(withUnknown.departments.map((d) => d.department)).toEqual(['甲局', '乙局', '丁局'])
    expect(withUnknown.cells['t3.new.natural']).toBe(3 * (JSON.parse(fixture).cells['t3.new.natural'] as number))
    expect(withUnknown.folder!.includeUnknown).toBe(true)

    const refused = (await h.call('aggregate:folderYear', { folder: first.folder!.token, year: 2019, includeUnknown: false })).value as FolderRefusal
    expect(refused.refused).toMatch(/不同的报表格式：.*（丙局）.*（戊局）/)
    expect(refused.folder).toMatchObject({ year: 2019, years: first.folder!.years })
    expect(reads).toBe(5) // picking a year never reads the folder again

    const saved = await h.call('aggregate:save', { token: withUnknown.token, agency: '某县人民政府' })
    expect(saved.value).toMatchObject({ year: 2020 })
  })

  it('refuses an expired folder token and a malformed request in Chinese', async () => {
    const h = await harness()
    const gone = await h.call('aggregate:folderYear', { folder: 'no-such-token', year: 2020, includeUnknown: false })
    expect(gone.error.message).toBe('这个文件夹的读取结果已过期，请重新选择文件夹。')
    const bad = await h.call('aggregate:folderYear', { folder: 'x', year: '2020', includeUnknown: false })
    expect(bad.ok).toBe(false)
  })
})
