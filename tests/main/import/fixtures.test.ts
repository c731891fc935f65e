import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/main/import'
import { readExchange } from '../../../src/shared/report/exchange'

const DIR = resolve(__dirname, '../../fixtures')
const FIXTURES = ['official-2021-filled.docx', 'official-2021-filled.doc', 'published-2020-gbk.html', 'deviations-2022.docx', 'deviations-2022.doc', 'official-2021-lo-export.html', 'official-2021-lo-export.txt', 'app-2021-resaved.doc', 'app-2021-blanks-resaved.doc', 'app-2021-blanks-lo-export.txt']

describe.each(FIXTURES)('importing the real document %s', (name) => {
  const expected = readExchange(JSON.parse(readFileSync(resolve(DIR, `${name}.expected.json`), 'utf8')))
  const load = () => importFile(new Uint8Array(readFileSync(resolve(DIR, name))), name)

  it('reads agency, year and format', async () => {
    const r = await load()
    expect([r.report.agency, r.report.year, r.report.format, r.detectedFormat]).toEqual([expected.agency, expected.year, expected.format, expected.format])
  })

  it('reads every cell right', async () => {
    const r = await load()
    expect(r.report.cells).toEqual(expected.cells)
  })

  it('reads the text sections, skipping the title and intro', async () => {
    const r = await load()
    expect(r.report.text).toEqual(expected.text)
  })

  it('reports no warnings or errors', async () => {
    const r = await load()
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([])
  })
})
