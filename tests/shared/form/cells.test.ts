import { describe, expect, it } from 'vitest'
import { cellInfo, cellsOf, describeCell, FORMATS, formatForYear } from '../../../src/shared/form'
import { readShared } from '../../helpers/fixtures'

describe('form definition', () => {
  it('has 23 value rows of 三 in 2019 and 25 in 2021, each with 7 columns', () => {
    expect(FORMATS['2019'].tables.t3.rows).toHaveLength(23)
    expect(FORMATS['2021'].tables.t3.rows).toHaveLength(25)
    expect(FORMATS['2021'].tables.t3.columns.map((c) => c.key)).toEqual([
      'natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'
    ])
  })

  it('has one row of 15 counts in 四 keyed t4.<group>.<outcome>', () => {
    const keys = cellsOf('2021').filter((c) => c.table === 't4').map((c) => c.key)
    expect(keys).toHaveLength(15)
    expect(keys[0]).toBe('t4.review.upheld')
    expect(keys).toContain('t4.suitAfterReview.total')
  })

  it('defines exactly the cell keys of the fixture exchange file for 2019', () => {
    const fixture = JSON.parse(readShared('fixtures/jiaxing-zjj-2020.json'))
    expect(cellsOf('2019').map((c) => c.key).sort()).toEqual(Object.keys(fixture.cells).sort())
  })

  it('lists every spec row label of 三 with its exact text', () => {
    const spec = readShared('spec/format.md')
    for (const format of ['2019', '2021'] as const) {
      for (const row of FORMATS[format].tables.t3.rows) expect(spec).toContain(row.label)
    }
  })

  it('chooses the 2021 format from the 2021 report on', () => {
    expect(formatForYear(2020)).toBe('2019')
    expect(formatForYear(2021)).toBe('2021')
  })

  it('knows kinds and describes cells by their labels', () => {
    expect(cellInfo('2021', 't2.fees.amount')?.kind).toBe('amount')
    expect(cellInfo('2019', 't2.licensing.delta')?.kind).toBe('signedCount')
    expect(cellInfo('2021', 't2.licensing.delta')).toBeUndefined()
    expect(describeCell('2021', 't3.denied.stateSecret.natural')).toBe('表三 › 三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 › 申请人情况 › 自然人')
  })
})
