import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderExport } from '../../../src/main/export'
import { importFile } from '../../../src/main/import'
import { layoutOf, T3_COLUMNS } from '../../../src/shared/form'
import { preflightExport } from '../../../src/shared/export/preflight'
import { parseExchangeText, reportFromExchange, writeExchangeText, type ExchangeReport } from '../../../src/shared/report'
import { checkReport } from '../../../src/shared/rules'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings'

// A real report shape: the 2021 tables with （六）其他处理 printed as 2019's single row (V1). It is
// exported as published and reads back the same, the single row kept and V1 still shown.

function mixedReport(): ExchangeReport {
  const base = parseExchangeText(readFileSync(resolve(__dirname, '../../fixtures/official-2021-filled.docx.expected.json'), 'utf8'))
  const cells = { ...base.cells }
  for (const c of T3_COLUMNS) {
    let sum = 0
    for (const sub of ['overdueCorrection', 'overdueFee', 'misc']) {
      sum += Number(cells[`t3.other.${sub}.${c.key}`] ?? 0)
      delete cells[`t3.other.${sub}.${c.key}`]
    }
    cells[`t3.other.${c.key}`] = sum
  }
  return { ...base, cells }
}

const v1 = (r: ExchangeReport) => checkReport(reportFromExchange(r), null).filter((w) => w.rule === 'V1')

describe('a 2021 report that kept the 2019 single （六） row', () => {
  const exchange = mixedReport()
  const report = reportFromExchange(exchange)

  it('is laid out with the single row, flagged V1, and has no error that would block its export', () => {
    expect(layoutOf(report.format, report.cells)).toBe('2021-other2019')
    expect(v1(exchange).map((w) => w.fingerprint)).toContain('V1:t3-other-single-row')
    expect(preflightExport(report).errors).toEqual([])
  })

  it('writes and reads back its exchange file unchanged', async () => {
    const text = writeExchangeText(exchange)
    expect(JSON.parse(text).cells['t3.other.natural']).toBe(exchange.cells['t3.other.natural'])
    const r = await importFile(new TextEncoder().encode(text), 'mixed.json')
    expect(r.report).toEqual(exchange)
  })

  it.each(['docx', 'html'] as const)('exports %s with the single row and reads it back, V1 still shown', async (kind) => {
    const bytes = await renderExport(report, kind, { blankAs: 'zero', typography: DEFAULT_SETTINGS.typography })
    const r = await importFile(bytes, `mixed.${kind}`)
    expect(r.report.cells).toEqual(exchange.cells)
    expect(r.report.text).toEqual(exchange.text)
    expect(r.detectedFormat).toBe('mixed')
    expect(r.problems.filter((p) => p.severity !== 'info').map((p) => p.message)).toEqual([expect.stringMatching(/V1.*（六）其他处理.*一行，已按原样导入/)])
    expect(v1(r.report).map((w) => w.fingerprint)).toContain('V1:t3-other-single-row')
  })
})
