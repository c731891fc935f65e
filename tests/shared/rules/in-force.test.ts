import { describe, expect, it } from 'vitest'
import { checkReport, expectedInForce } from '../../../src/shared/rules'
import type { Report } from '../../../src/shared/report'
import { QUIET_DAY, consistent2021, withCell } from './reports'

// C7 and the value it offers: last year's 现行有效件数 + 本年制发 − 本年废止, never from a blank.

const check = (r: Report, prev: Report) => checkReport(r, prev, { today: QUIET_DAY }).filter((w) => w.rule === 'C7')

/** Last year's report (2021, 规范性文件 in force 56) and this year's started from it: 二 blank. */
function pair() {
  const last = consistent2021()
  let next: Report = { ...consistent2021(), year: 2022 }
  for (const row of ['regulations', 'normativeDocs']) for (const c of ['issued', 'repealed', 'inForce']) next = withCell(next, `t2.${row}.${c}`, null)
  return { last, next }
}

describe('expectedInForce', () => {
  it('is last year\'s 现行有效 + this year\'s 制发 − 废止', () => {
    const { last, next } = pair()
    const r = withCell(withCell(next, 't2.normativeDocs.issued', 5), 't2.normativeDocs.repealed', 2)
    expect(expectedInForce(r, last, 'normativeDocs')).toEqual({ before: 56, issued: 5, repealed: 2, expected: 59 })
  })

  it('takes no blank for 0 and offers no negative count', () => {
    const { last, next } = pair()
    expect(expectedInForce(withCell(next, 't2.normativeDocs.issued', 5), last, 'normativeDocs')).toBeUndefined()
    const r = withCell(withCell(next, 't2.normativeDocs.issued', 0), 't2.normativeDocs.repealed', 57)
    expect(expectedInForce(r, last, 'normativeDocs')).toBeUndefined()
    expect(expectedInForce(withCell(r, 't2.normativeDocs.repealed', 56), last, 'normativeDocs')?.expected).toBe(0)
  })

  it('is undefined across the 2019 → 2021 change (2019 has no 现行有效 column)', () => {
    const { last, next } = pair()
    const r = withCell(withCell(next, 't2.normativeDocs.issued', 5), 't2.normativeDocs.repealed', 2)
    expect(expectedInForce(r, { ...last, format: '2019' }, 'normativeDocs')).toBeUndefined()
  })
})

describe('C7 offers the value from last year', () => {
  it('right after starting from last year: a hint naming last year\'s figure, no fix yet', () => {
    const { last, next } = pair()
    const c7 = check(next, last).find((w) => w.fingerprint === 'C7:normativeDocs')!
    expect(c7.severity).toBe('hint')
    expect(c7.fix).toBeUndefined()
    expect(c7.cells[0]).toBe('t2.normativeDocs.inForce')
    expect(c7.message).toContain('上年“现行有效件数”为56')
  })

  it('with 制发 and 废止 filled and 现行有效 blank: a fill of exactly last year + 制发 − 废止', () => {
    const { last, next } = pair()
    const r = withCell(withCell(next, 't2.normativeDocs.issued', 5), 't2.normativeDocs.repealed', 2)
    const c7 = check(r, last).find((w) => w.fingerprint === 'C7:normativeDocs')!
    expect(c7).toMatchObject({ severity: 'warning', fix: { label: '填入59', set: { 't2.normativeDocs.inForce': 59 } } })
    expect(c7.message).toBe('表二“行政规范性文件”：本年“现行有效件数”未填写，上年“现行有效件数”56，加“本年制发件数”5、减“本年废止件数”2应为59')
    // The fix applied: C7 is quiet for that row.
    expect(check(withCell(r, 't2.normativeDocs.inForce', 59), last).find((w) => w.fingerprint === 'C7:normativeDocs')).toBeUndefined()
  })

  it('a figure that does not follow gets "改为N" beside the request to explain', () => {
    const { last, next } = pair()
    const r = withCell(withCell(withCell(next, 't2.normativeDocs.issued', 5), 't2.normativeDocs.repealed', 2), 't2.normativeDocs.inForce', 56)
    const c7 = check(r, last).find((w) => w.fingerprint === 'C7:normativeDocs')!
    expect(c7.fix).toEqual({ label: '改为59', set: { 't2.normativeDocs.inForce': 59 } })
    expect(c7.message).toContain('相差3')
  })

  it('says nothing where last year gives no figure', () => {
    const { last, next } = pair()
    expect(check(next, withCell(last, 't2.normativeDocs.inForce', null)).find((w) => w.fingerprint === 'C7:normativeDocs')).toBeUndefined()
  })
})
