import { describe, expect, it } from 'vitest'
import { newReport } from '../../../src/shared/report'
import { totalHints } from '../../../src/renderer/src/tables/total-hints'

describe('greyed sums in blank total cells', () => {
  it('sums the six applicant columns into a blank 总计 column cell', () => {
    const r = newReport({ agency: '甲', year: 2025 })
    Object.assign(r.cells, { 't3.new.natural': 5, 't3.new.commercial': 2, 't3.new.legal': '/' })
    expect(totalHints('2021', r.cells).get('t3.new.total')).toBe(7)
  })

  it('sums the result rows into a blank （七）总计 cell, including the 2021 （六） rows', () => {
    const r = newReport({ agency: '甲', year: 2025 })
    Object.assign(r.cells, { 't3.granted.natural': 4, 't3.denied.process.natural': 1, 't3.other.misc.natural': 2 })
    expect(totalHints('2021', r.cells).get('t3.total.natural')).toBe(7)
  })

  it('offers no hint for a filled total or when nothing is filled', () => {
    const r = newReport({ agency: '甲', year: 2025 })
    Object.assign(r.cells, { 't4.review.upheld': 1, 't4.review.total': 9 })
    const hints = totalHints('2021', r.cells)
    expect(hints.has('t4.review.total')).toBe(false)
    expect(hints.has('t4.suitDirect.total')).toBe(false)
  })

  it('sums each group of 四', () => {
    const r = newReport({ agency: '甲', year: 2019 })
    Object.assign(r.cells, { 't4.suitAfterReview.upheld': 1, 't4.suitAfterReview.pending': 2 })
    expect(totalHints('2019', r.cells).get('t4.suitAfterReview.total')).toBe(3)
  })
})
