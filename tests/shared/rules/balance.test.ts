import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import { QUIET_DAY, consistent2021, fixture2020, withCell } from './reports'

const check = (r: ReturnType<typeof fixture2020>) => checkReport(r, null, { today: QUIET_DAY })

describe('C1 勾稽关系', () => {
  it('flags a column whose new + carried over ≠ total + carried forward, showing both sums and the gap', () => {
    const r = withCell(withCell(fixture2020(), 't3.carriedForward.natural', 5), 't3.carriedForward.total', 5)
    const c1 = check(r).filter((w) => w.rule === 'C1')
    expect(c1.map((w) => w.fingerprint).sort()).toEqual(['C1:natural', 'C1:total'])
    const natural = c1.find((w) => w.fingerprint === 'C1:natural')!
    expect(natural.severity).toBe('error')
    expect(natural.message).toContain('表三“自然人”列：第一项加第二项为63，第三项加第四项为64，相差1')
    expect(natural.cells).toEqual(['t3.new.natural', 't3.carriedOver.natural', 't3.total.natural', 't3.carriedForward.natural'])
    expect(natural.section).toBe('t3')
    expect(natural.fix).toBeUndefined() // which of the four is wrong is not certain
  })

  it('skips a column with a blank or "/" instead of counting it as 0', () => {
    const r = withCell(fixture2020(), 't3.carriedOver.natural', null)
    expect(check(r).filter((w) => w.rule === 'C1')).toEqual([])
    expect(check(withCell(fixture2020(), 't3.carriedOver.natural', '/')).filter((w) => w.rule === 'C1')).toEqual([])
  })

  it('names the 法人或其他组织 column by its group', () => {
    const r = withCell(withCell(fixture2020(), 't3.new.otherOrg', 1), 't3.new.total', 61)
    const w = check(r).find((x) => x.fingerprint === 'C1:otherOrg')!
    expect(w.message).toContain('法人或其他组织·其他')
  })
})

describe('C2 （七）总计', () => {
  it('flags a column whose result rows do not add up to （七）总计 and offers to fill the sum', () => {
    const r = withCell(fixture2020(), 't3.total.commercial', 3)
    const c2 = check(r).find((w) => w.rule === 'C2')!
    expect(c2.fingerprint).toBe('C2:commercial')
    expect(c2.cells[0]).toBe('t3.total.commercial')
    expect(c2.message).toContain('办理结果各项之和为2，“（七）总计”为3，相差1')
    expect(c2.fix?.set).toEqual({ 't3.total.commercial': 2 })
  })

  it('in the 2021 format counts the three （六）其他处理 rows', () => {
    const r = withCell(consistent2021(), 't3.other.overdueCorrection.natural', 1)
    const c2 = check(r).find((w) => w.rule === 'C2')!
    expect(c2.cells).toContain('t3.other.overdueCorrection.natural')
    expect(c2.cells).toContain('t3.other.misc.natural')
    expect(c2.cells).not.toContain('t3.other.natural')
    expect(c2.message).toContain('办理结果各项之和为60，“（七）总计”为59')
  })

  it('offers no fix while a part is blank', () => {
    const r = withCell(withCell(fixture2020(), 't3.total.natural', 70), 't3.granted.natural', null)
    expect(check(r).filter((w) => w.rule === 'C2')).toEqual([])
  })
})
