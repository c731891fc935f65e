import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderExport } from '../../../src/main/export'
import { importFile } from '../../../src/main/import'
import { parseExchangeText, reportFromExchange, writeExchangeText } from '../../../src/shared/report'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings'
import { sharedPath } from '../../helpers/fixtures'

// nianbao's own documents read back without loss: the exchange file, the Word document and the web page.
// The published document has no empty paragraphs (GB/T 9704 separates paragraphs by indent), so the
// text reads back with its blank lines dropped and nothing else changed.

const withoutBlankLines = (text: Record<string, string>) =>
  Object.fromEntries(Object.entries(text).map(([k, v]) => [k, v.split('\n').filter((l) => l.trim() !== '').join('\n')]))

const SOURCES = [sharedPath('fixtures', 'jiaxing-zjj-2020.json'), resolve(__dirname, '../../fixtures/official-2021-filled.docx.expected.json')]

describe.each(SOURCES)('round trip of %s', (path) => {
  const exchange = parseExchangeText(readFileSync(path, 'utf8'))
  const report = reportFromExchange(exchange)

  it.each(['docx', 'html'] as const)('reads back every cell, the text, agency and year from the exported %s', async (kind) => {
    const bytes = await renderExport(report, kind, { blankAs: 'zero', typography: DEFAULT_SETTINGS.typography })
    const r = await importFile(bytes, `export.${kind}`)
    expect(r.source.kind).toBe(kind === 'docx' ? 'nianbao-docx' : 'html')
    expect(r.report.cells).toEqual(exchange.cells)
    expect(r.report.text).toEqual(withoutBlankLines(exchange.text))
    expect([r.report.agency, r.report.year, r.report.format]).toEqual([exchange.agency, exchange.year, exchange.format])
    expect(r.problems.filter((p) => p.severity !== 'info')).toEqual([])
  })

  it('reads the exchange file unchanged', async () => {
    const r = await importFile(new TextEncoder().encode(writeExchangeText(exchange)), 'report.json')
    expect(r.source.kind).toBe('nianbao-json')
    expect(r.report).toEqual(exchange)
  })
})

describe('the 前言 and contact details read back from exported documents', () => {
  const report = reportFromExchange(parseExchangeText(readFileSync(SOURCES[0], 'utf8')))

  it.each(['docx', 'html'] as const)('%s: the generated 前言 gives back the contact details', async (kind) => {
    const contact = { address: '嘉兴市某某路1号', postcode: '314000', phone: '0573-82345678', email: 'xxgk@example.gov.cn', website: 'www.example.gov.cn' }
    const bytes = await renderExport({ ...report, contact }, kind, { blankAs: 'zero', typography: DEFAULT_SETTINGS.typography })
    const r = await importFile(bytes, `export.${kind}`)
    expect(r.report.meta?.contact).toEqual(contact)
  })

  it.each(['docx', 'html'] as const)('%s: the clerk\'s own 前言 is printed and read back as written', async (kind) => {
    const preface = '本报告由某某局编制。\n所列数据的统计期限自2020年1月1日起至2020年12月31日止。'
    const bytes = await renderExport({ ...report, text: { ...report.text, preface } }, kind, { blankAs: 'zero', typography: DEFAULT_SETTINGS.typography })
    const r = await importFile(bytes, `export.${kind}`)
    expect(r.report.meta?.preface).toBe(preface)
  })
})
