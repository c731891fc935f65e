import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import { fixture2020 } from './reports'

const d1 = (today: Date, deadline?: 'department' | 'government') =>
  checkReport({ ...fixture2020(), deadline }, null, { today }).filter((w) => w.rule === 'D1')

describe('D1 publication deadline', () => {
  it('counts down the last 30 days before 31 January for a department', () => {
    const [w] = d1(new Date(2021, 0, 20, 23, 30))
    expect(w).toMatchObject({ severity: 'hint', section: 'document', fingerprint: 'D1', cells: [] })
    expect(w.message).toBe('距政府部门年度报告的发布期限（2021年1月31日）还有11天')
    expect(d1(new Date(2021, 0, 31))[0].message).toContain('今天（2021年1月31日）是')
  })

  it('says when the deadline has passed, during the publication year', () => {
    expect(d1(new Date(2021, 1, 2))[0].message).toBe('已超过政府部门年度报告的发布期限（2021年1月31日）2天：条例第四十九条要求按期公布')
  })

  it('uses 31 March for a government\'s own report', () => {
    expect(d1(new Date(2021, 1, 2), 'government')).toEqual([])
    expect(d1(new Date(2021, 2, 21), 'government')[0].message).toContain('（2021年3月31日）还有10天')
  })

  it('is quiet while the deadline is far, and for reports of years long past', () => {
    expect(d1(new Date(2020, 10, 1))).toEqual([])
    expect(d1(new Date(2022, 1, 1))).toEqual([])
  })
})
