import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import { QUIET_DAY, fixture2020, withCell } from './reports'

const check = (r: ReturnType<typeof fixture2020>) => checkReport(r, null, { today: QUIET_DAY })

describe('C5 表四 totals', () => {
  it('flags a group whose 总计 is not 维持 + 纠正 + 其他 + 尚未审结, naming the group', () => {
    const [w] = check(withCell(fixture2020(), 't4.suitDirect.pending', 0)).filter((x) => x.rule === 'C5')
    expect(w.fingerprint).toBe('C5:suitDirect')
    expect(w.message).toBe('表四“行政诉讼·未经复议直接起诉”：结果维持、结果纠正、其他结果、尚未审结之和为2，“总计”为3，相差1')
    expect(w.cells).toEqual(['t4.suitDirect.total', 't4.suitDirect.upheld', 't4.suitDirect.corrected', 't4.suitDirect.other', 't4.suitDirect.pending'])
    expect(w.fix?.set).toEqual({ 't4.suitDirect.total': 2 })
  })

  it('checks the three groups independently', () => {
    const r = withCell(withCell(fixture2020(), 't4.review.upheld', 1), 't4.suitAfterReview.total', 2)
    expect(check(r).filter((x) => x.rule === 'C5').map((w) => w.fingerprint)).toEqual(['C5:review', 'C5:suitAfterReview'])
  })
})
