import { describe, expect, it } from 'vitest'
import { applyCellEdit, fillTotals, isProvisional, newReport, sumOfParts, totalDefs, type Report } from '../../../src/shared/report'
import { checkReport } from '../../../src/shared/rules'

const blank = (): Report => newReport({ agency: '某某局', year: 2025, id: 'r1', now: new Date('2026-01-05T00:00:00Z') })

/** Types cells one edit at a time, as the editor does. */
function type(r: Report, set: Record<string, Report['cells'][string]>): Report {
  const { cells, computed } = applyCellEdit(r.format, r.cells, r.computed ?? [], set)
  return { ...r, cells, computed: [...computed] }
}

describe('computed totals', () => {
  it('fills the row total, the column total and the grand total as parts are typed', () => {
    let r = type(blank(), { 't3.granted.natural': 5 })
    r = type(r, { 't3.granted.commercial': 2 })
    expect(r.cells['t3.granted.total']).toBe(7)
    expect(r.cells['t3.total.natural']).toBe(5)
    expect(r.cells['t3.total.total']).toBe(7)
    expect(r.computed).toEqual(expect.arrayContaining(['t3.granted.total', 't3.total.natural', 't3.total.commercial', 't3.total.total']))
    r = type(r, { 't3.partial.natural': 1 })
    expect(r.cells['t3.total.natural']).toBe(6)
    expect(r.cells['t3.total.total']).toBe(8)
  })

  it('keeps a typed total and never overwrites it; the rules judge it', () => {
    let r = type(blank(), { 't4.review.upheld': 2, 't4.review.corrected': 0, 't4.review.other': 0, 't4.review.pending': 0 })
    expect(r.cells['t4.review.total']).toBe(2)
    r = type(r, { 't4.review.total': 3 })
    expect(r.computed).not.toContain('t4.review.total')
    r = type(r, { 't4.review.upheld': 1 })
    expect(r.cells['t4.review.total']).toBe(3)
    const c5 = checkReport(r).find((w) => w.rule === 'C5' && w.cells[0] === 't4.review.total')
    expect(c5?.fix?.set).toEqual({ 't4.review.total': 1 })
  })

  it('a cleared total is computed again', () => {
    let r = type(blank(), { 't3.granted.natural': 5 })
    r = type(r, { 't3.granted.total': 9 })
    r = type(r, { 't3.granted.total': null })
    expect(r.cells['t3.granted.total']).toBe(5)
    expect(r.computed).toContain('t3.granted.total')
  })

  it('a typed total that equals the sum stays typed when a part changes later', () => {
    let r = type(blank(), { 't4.review.upheld': 2 })
    r = type(r, { 't4.review.total': 2 })
    r = type(r, { 't4.review.corrected': 1 })
    expect(r.cells['t4.review.total']).toBe(2)
  })

  it('clears a computed total when its parts are cleared, and leaves it alone when a part is text', () => {
    let r = type(blank(), { 't4.review.upheld': 2 })
    expect(r.cells['t4.review.total']).toBe(2)
    r = type(r, { 't4.review.corrected': '两件' })
    expect(r.cells['t4.review.total']).toBeNull()
    r = type(r, { 't4.review.corrected': null, 't4.review.upheld': null })
    expect(r.cells['t4.review.total']).toBeNull()
    expect(r.computed).not.toContain('t4.review.total')
  })

  it('returns the same objects when nothing changes, so the editor records no step', () => {
    const r = blank()
    const out = fillTotals(r.format, r.cells, [])
    expect(out.cells).toBe(r.cells)
  })

  it('sums "/" as nothing and decimals without float noise', () => {
    expect(sumOfParts({ a: 0.1, b: 0.2, c: '/' }, ['a', 'b', 'c'])).toBe(0.3)
    expect(sumOfParts({ a: '/', b: null }, ['a', 'b'])).toBeUndefined()
  })

  it('a computed （七）总计 with result rows still blank is provisional: C1 waits', () => {
    let r = type(blank(), { 't3.new.natural': 5, 't3.carriedOver.natural': 0, 't3.carriedForward.natural': 0 })
    r = type(r, { 't3.granted.natural': 3 })
    expect(r.cells['t3.total.natural']).toBe(3)
    expect(isProvisional(r.format, r.cells, r.computed!, 't3.total.natural')).toBe(true)
    expect(checkReport(r).filter((w) => w.rule === 'C1')).toEqual([])
    // The same figures typed by hand are a finished column that does not balance.
    const typed = { ...r, computed: [] }
    expect(checkReport(typed).filter((w) => w.rule === 'C1').map((w) => w.fingerprint)).toContain('C1:natural')
  })

  it('a typed row total above its parts is one error, not a second one against the running totals below it', () => {
    const r = type(blank(), { 't3.granted.natural': 4, 't3.granted.commercial': 1, 't3.granted.research': 0, 't3.granted.nonprofit': 0, 't3.granted.legal': 0, 't3.granted.otherOrg': 0, 't3.granted.total': 9 })
    const errors = checkReport(r).filter((w) => w.severity === 'error')
    expect(errors.map((w) => w.fingerprint)).toEqual(['C3:granted'])
  })

  it('has one definition per total cell, the grand total from its row', () => {
    const defs = totalDefs('2021')
    expect(new Set(defs.map((d) => d.total)).size).toBe(defs.length)
    expect(defs.find((d) => d.total === 't3.total.total')?.parts).toContain('t3.total.natural')
  })
})
