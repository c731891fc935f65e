import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/main/import'
import type { ImportResult } from '../../../src/shared/import/types'
import { readExchange } from '../../../src/shared/report/exchange'

// PDFs saved by LibreOffice from the Word fixtures and from nianbao's own exports (see
// tests/fixtures/README.md): every cell, the text sections, agency, year and format.

const DIR = resolve(__dirname, '../../fixtures')
// Each file is read once: the tests look at the same result from different sides.
const results = new Map<string, Promise<ImportResult>>()
const load = (name: string) => {
  if (!results.has(name)) results.set(name, importFile(new Uint8Array(readFileSync(resolve(DIR, name))), name))
  return results.get(name)!
}
const expectedOf = (name: string) => readExchange(JSON.parse(readFileSync(resolve(DIR, `${name}.expected.json`), 'utf8')))

/** A PDF keeps no spaces between Chinese words as typed, nor blank paragraphs at a page break. */
const shown = (text: string) => text.replace(/[ \t\u3000]+/g, '').replace(/\n{2,}/g, '\n')

const COMPLETE = ['official-2021-filled.lo.pdf', 'deviations-2022.lo.pdf', 'nianbao-export-2021.lo.pdf', 'nianbao-export-2020.lo.pdf']

describe.each(COMPLETE)('importing the PDF %s', (name) => {
  const expected = expectedOf(name)

  it('reads agency, year and format', async () => {
    const r = await load(name)
    expect([r.source.kind, r.report.agency, r.report.year, r.report.format, r.detectedFormat]).toEqual(['pdf', expected.agency, expected.year, expected.format, expected.format])
  })

  it('reads every cell right', async () => {
    const r = await load(name)
    expect(r.report.cells).toEqual(expected.cells)
  })

  it('reads the text sections in order, without page numbers', async () => {
    const r = await load(name)
    for (const key of ['overview', 'problems', 'other'] as const) expect(shown(r.report.text[key])).toEqual(shown(expected.text[key]))
    expect(Object.values(r.report.text).join('\n')).not.toMatch(/— \d+ —/)
  })

  it('reports no warnings or errors', async () => {
    const r = await load(name)
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([])
  })
})

describe('a PDF with blank cells and tables running over page breaks', () => {
  const name = 'blanks-long-2021.lo.pdf'
  const expected = expectedOf(name)

  it('keeps every value in its column and leaves the blank cells blank', async () => {
    const r = await load(name)
    expect(r.report.cells).toEqual(expected.cells)
    // The document really does break tables 二 and 三 over pages (else this test proves nothing).
    const pages = (prefix: string) => new Set(Object.entries(r.cells).filter(([k]) => k.startsWith(prefix)).map(([, c]) => c.where.match(/第(\d+)页/)?.[1]))
    expect(pages('t2.').size).toBe(2)
    expect(pages('t3.').size).toBe(2)
  })

  it('names the blank cells as not found, and nothing else', async () => {
    const r = await load(name)
    const blanks = Object.entries(expected.cells).filter(([, v]) => v === null).length
    expect(r.problems.filter((p) => p.severity !== 'info').map((p) => p.message)).toEqual([expect.stringContaining(`有${blanks}个单元格未在文件中找到`)])
    expect(shown(r.report.text.overview)).toEqual(shown(expected.text.overview))
  })
})

describe('a PDF without text', () => {
  it('says it is a scan and what to do instead', async () => {
    await expect(load('scanned.lo.pdf')).rejects.toThrow(/没有文字层（是扫描件或图片）.*Word原件.*网页/)
  })
})

describe('the round trip export → LibreOffice "save as .doc" → import', () => {
  const name = 'nianbao-export-2021.lo.doc'
  const expected = expectedOf(name)

  // Known to fail until the .doc reader keeps a heading that follows a table apart from the
  // table's last row (issue 9, point 4, being fixed on another branch): table 四 and section 五
  // are lost. When that lands this test starts passing and `.fails` must be removed.
  it.fails('keeps every cell and every text section', async () => {
    const r = await load(name)
    expect(r.report.cells).toEqual(expected.cells)
    expect(r.report.text).toEqual(expected.text)
  })

  it('keeps tables 二 and 三 and sections 一 and 六 already', async () => {
    const r = await load(name)
    for (const [key, value] of Object.entries(expected.cells)) if (!key.startsWith('t4.')) expect([key, r.report.cells[key]]).toEqual([key, value])
    expect([r.report.text.overview, r.report.text.other]).toEqual([expected.text.overview, expected.text.other])
  })
})
