import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/main/schema/report'
import { applyCellEdit, newReport, parseExchangeText, reportFromExchange, reportToExchange, validComputed, writeExchangeText, type Report } from '../../../src/shared/report'
import { checkReport } from '../../../src/shared/rules'

// 自动合计 travels in the exchange file (meta.computed), so an exported and re-imported report keeps
// its computed totals computed instead of turning them into typed ones.

const blank = (): Report => newReport({ agency: '某某局', year: 2025, id: 'r1', now: new Date('2026-01-05T00:00:00Z') })

function type(r: Report, set: Record<string, Report['cells'][string]>): Report {
  const { cells, computed } = applyCellEdit(r.format, r.cells, r.computed ?? [], set)
  return { ...r, cells, computed: [...computed] }
}

/** A report with computed totals (some still running, as parts are blank) and one typed total. */
function filled(): Report {
  let r = type(blank(), { 't3.granted.natural': 5, 't3.granted.commercial': 2, 't3.partial.natural': 1 })
  r = type(r, { 't3.new.natural': 10, 't3.carriedOver.natural': 0, 't3.carriedForward.natural': 0 })
  r = type(r, { 't4.review.upheld': 2, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0 })
  return type(r, { 't4.review.total': 3 })
}

const roundTrip = (r: Report): Report => reportFromExchange(parseExchangeText(writeExchangeText(reportToExchange(r))))

describe('exchange file: meta.computed', () => {
  it('an exported and re-imported report keeps the same computed totals, and the typed one stays typed', () => {
    const r = filled()
    expect(r.computed).toContain('t3.total.total')
    const back = roundTrip(r)
    expect(back.computed).toEqual(r.computed)
    expect(back.computed).not.toContain('t4.review.total')
    expect(parseReport(JSON.parse(JSON.stringify(back))).computed).toEqual(r.computed)
  })

  it('the rules judge the re-imported report as the original (running totals stay provisional)', () => {
    const r = filled()
    const strip = (ws: ReturnType<typeof checkReport>) => ws.map((w) => `${w.rule}:${w.cells.join(',')}:${w.message}`).sort()
    expect(strip(checkReport(roundTrip(r)))).toEqual(strip(checkReport(r)))
    // Without the list, the running （七）总计·自然人 (6, result rows still blank) reads as a typed,
    // final total and C1 reports 10 ≠ 6: what the file lost before.
    const { computed: _, ...typed } = r
    expect(checkReport(r).some((w) => w.rule === 'C1' && w.cells.includes('t3.total.natural'))).toBe(false)
    expect(checkReport(typed as Report).some((w) => w.rule === 'C1' && w.cells.includes('t3.total.natural'))).toBe(true)
  })

  it('files without the field still load, with no computed totals', () => {
    const ex = reportToExchange(filled())
    delete ex.meta!.computed
    const back = reportFromExchange(parseExchangeText(JSON.stringify(ex)))
    expect(back).not.toHaveProperty('computed')
    expect(back.cells['t3.total.total']).toBe(8)
  })

  it('keeps only total cells of the format whose value is the sum of their parts; drops the rest without an error', () => {
    const ex = JSON.parse(writeExchangeText(reportToExchange(filled())))
    ex.meta.computed = [
      't3.granted.total', // 7 = 5 + 2: kept
      't3.granted.natural', // not a total
      't4.review.total', // 3, parts add up to 2
      'no.such.key',
      't4.review.total',
      42,
      't3.granted.total' // twice: kept once
    ]
    expect(parseExchangeText(JSON.stringify(ex)).meta?.computed).toEqual(['t3.granted.total'])
    for (const bad of ['t3.granted.total', { a: 1 }, null, 7]) {
      const report = parseExchangeText(JSON.stringify({ ...ex, meta: { ...ex.meta, computed: bad } }))
      expect(report.meta).not.toHaveProperty('computed')
    }
  })

  it('a blank total is never kept as computed (its parts may add up to nothing)', () => {
    const r = blank()
    expect(validComputed(r.format, r.cells, ['t3.granted.total', 't3.total.total'])).toEqual([])
  })

  it('a total only the 2021 format has is dropped from a 2019 file', () => {
    const r = newReport({ agency: '某某局', year: 2020, format: '2019', id: 'r2' })
    const cells = { ...r.cells, 't3.new.natural': 1, 't3.new.total': 1, 't3.other.misc.total': 0 }
    expect(validComputed('2019', cells, ['t3.new.total', 't3.other.misc.total'])).toEqual(['t3.new.total'])
    const r21 = type(blank(), { 't3.other.misc.natural': 1 })
    expect(validComputed('2021', r21.cells, ['t3.other.misc.total'])).toEqual(['t3.other.misc.total'])
  })
})
