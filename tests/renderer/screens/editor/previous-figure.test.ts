import { describe, expect, it } from 'vitest'
import { newReport } from '../../../../src/shared/report/create'
import { previousFigure } from '../../../../src/renderer/src/screens/editor/cell-guide'

// The 上年 line beside the focused cell: last year's figure and the change, or why there is none.

function lastYear(format: '2019' | '2021', cells: Record<string, number | string | null>) {
  const r = newReport({ agency: '某局', year: format === '2019' ? 2020 : 2024 })
  return { ...r, cells: { ...r.cells, ...cells } }
}

describe('previousFigure', () => {
  it('gives last year and the change in words', () => {
    const prev = lastYear('2021', { 't3.new.natural': 56 })
    expect(previousFigure(prev, 't3.new.natural', 60)).toBe('上年：56（今年 60，增加 4）')
    expect(previousFigure(prev, 't3.new.natural', 50)).toBe('上年：56（今年 50，减少 6）')
    expect(previousFigure(prev, 't3.new.natural', 56)).toBe('上年：56（今年 56，与上年相同）')
  })

  it('gives last year alone while this year is blank, "/" or text', () => {
    const prev = lastYear('2021', { 't3.new.natural': 56 })
    expect(previousFigure(prev, 't3.new.natural', null)).toBe('上年：56')
    expect(previousFigure(prev, 't3.new.natural', '/')).toBe('上年：56')
  })

  it('says blank or "/" for a cell last year left so', () => {
    expect(previousFigure(lastYear('2021', {}), 't3.new.natural', 3)).toBe('上年：空白')
    expect(previousFigure(lastYear('2021', { 't3.new.natural': '/' }), 't3.new.natural', 3)).toBe('上年：/')
  })

  it('keeps amounts exact (万元 decimals)', () => {
    expect(previousFigure(lastYear('2021', { 't2.fees.amount': 1.2 }), 't2.fees.amount', 1.5)).toBe('上年：1.2（今年 1.5，增加 0.3）')
  })

  it("says so when last year's format has no such cell (2019 → 2021)", () => {
    expect(previousFigure(lastYear('2019', {}), 't2.regulations.issued', 2)).toBe('2020年的报告（2019年版格式）没有这一格')
  })
})
