import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import type { Report } from '../../../src/shared/report'
import { QUIET_DAY, consistent2021, fixture2020 } from './reports'

const v1 = (r: Report) => checkReport(r, null, { today: QUIET_DAY }).filter((w) => w.rule === 'V1')

describe('V1 mixed formats', () => {
  it('flags a 2021 report that still uses the 2019 format', () => {
    const [w] = v1({ ...fixture2020(), year: 2021 })
    expect(w).toMatchObject({ fingerprint: 'V1:format-year', section: 'document', severity: 'warning' })
    expect(w.message).toContain('应使用2021年版格式（国办公开办函〔2021〕30号），当前为2019年版格式')
  })

  it('flags a 2021 report holding the 2019 single-row （六）其他处理', () => {
    const r = consistent2021()
    r.cells['t3.other.natural'] = 3
    r.cells['t3.other.total'] = 3
    const [w] = v1(r)
    expect(w.fingerprint).toBe('V1:t3-other-single-row')
    expect(w.cells).toEqual(['t3.other.natural', 't3.other.total'])
  })

  it('flags other 2019-only cells with values, and unknown keys, but not blank leftovers', () => {
    const r = consistent2021()
    r.cells['t2.licensing.prevItems'] = 12
    r.cells['t2.procurement.amount'] = null
    r.cells['t9.nothing'] = 1
    expect(v1(r).map((w) => [w.fingerprint, w.cells])).toEqual([
      ['V1:other-format-cells', ['t2.licensing.prevItems']],
      ['V1:unknown-cells', ['t9.nothing']]
    ])
  })

  it('is quiet for a report in its own format', () => {
    expect(v1(fixture2020())).toEqual([])
    expect(v1(consistent2021())).toEqual([])
  })
})
