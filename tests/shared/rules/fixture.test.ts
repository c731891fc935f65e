import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import { QUIET_DAY, consistent2021, fixture2020 } from './reports'

describe('the real published 2020 report', () => {
  it('checks with no warning at all (no error, no false T1 or S3)', () => {
    expect(checkReport(fixture2020(), null, { today: QUIET_DAY })).toEqual([])
  })

  it('reads its honest "已答复56件，其余4件正在按照程序办理" without a T1 warning', () => {
    const r = fixture2020()
    expect(r.text.overview).toContain('已答复56件，其余4件正在按照程序办理')
    expect(checkReport(r, null, { today: QUIET_DAY }).filter((w) => w.rule === 'T1')).toEqual([])
  })

  it('still checks clean in the 2021 format with its figures mapped to 2021 keys', () => {
    expect(checkReport(consistent2021(), null, { today: QUIET_DAY })).toEqual([])
  })

  it('checks clean against itself as last year when the next report carries its figures over', () => {
    const next = consistent2021()
    // Last year's 结转下年度 natural 4 becomes this year's 上年结转 (was 5): one fewer 予以公开 keeps 勾稽关系.
    next.cells['t3.carriedOver.natural'] = 4
    next.cells['t3.carriedOver.total'] = 4
    for (const row of ['granted', 'total']) {
      next.cells[`t3.${row}.natural`] = (next.cells[`t3.${row}.natural`] as number) - 1
      next.cells[`t3.${row}.total`] = (next.cells[`t3.${row}.total`] as number) - 1
    }
    const warnings = checkReport(next, fixture2020(), { today: QUIET_DAY })
    // Same text and same numbers as last year: only S2 and H1 (copying) may speak.
    expect(warnings.filter((w) => !['S2', 'H1'].includes(w.rule))).toEqual([])
    expect(warnings.map((w) => w.rule)).toContain('H1')
  })
})
