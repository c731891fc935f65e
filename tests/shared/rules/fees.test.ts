import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import type { Report } from '../../../src/shared/report'
import { QUIET_DAY, consistent2021, fixture2020, withCell, withText } from './reports'

const f1 = (r: Report) => checkReport(r, null, { today: QUIET_DAY }).filter((w) => w.rule === 'F1')

describe('F1 fees must be reported in section 六 (2021 format)', () => {
  it('flags 行政事业性收费 above 0 while section 六 says "无"', () => {
    const [w] = f1(withCell(consistent2021(), 't2.fees.amount', 1.5))
    expect(w).toMatchObject({ severity: 'warning', section: 'other', cells: ['t2.fees.amount'], fingerprint: 'F1' })
    expect(w.message).toContain('为1.5')
    expect(w.message).toContain('六、其他需要报告的事项')
  })

  it('flags applications dropped for unpaid fees while section 六 is empty', () => {
    let r = withText(consistent2021(), 'other', '')
    for (const [k, v] of [['natural', 1], ['total', 1], ['misc.natural', 0]] as const) r = withCell(r, `t3.other.overdueFee.${k}`, v)
    expect(f1(r)[0].cells).toEqual(['t3.other.overdueFee.total'])
  })

  it('is satisfied by any fee statement, including that none was charged', () => {
    const r = withText(withCell(consistent2021(), 't2.fees.amount', 3), 'other', '本年度未收取信息处理费。')
    expect(f1(r)).toEqual([])
  })

  it('does not apply to the 2019 format', () => {
    expect(f1(withCell(fixture2020(), 't2.procurement.amount', 100))).toEqual([])
  })
})
