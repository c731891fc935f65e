import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import { QUIET_DAY, fixture2020, withCell } from './reports'

const check = (r: ReturnType<typeof fixture2020>) => checkReport(r, null, { today: QUIET_DAY })

describe('C3 总计 column', () => {
  it('flags a row whose six applicant columns do not add up to 总计, with the row label and a fill', () => {
    const r = withCell(fixture2020(), 't3.unable.notHeld.total', 30)
    const [w] = check(r).filter((x) => x.rule === 'C3')
    expect(w.fingerprint).toBe('C3:unable.notHeld')
    expect(w.message).toBe('表三“（四）无法提供·1.本机关不掌握相关政府信息”行：各类申请人之和为33，“总计”列为30，相差3')
    expect(w.cells[0]).toBe('t3.unable.notHeld.total')
    expect(w.cells).toHaveLength(7)
    expect(w.fix).toEqual({ label: '将“（四）无法提供·1.本机关不掌握相关政府信息·总计”改为33', set: { 't3.unable.notHeld.total': 33 } })
  })

  it('treats text in a part as unusable rather than as a number', () => {
    expect(check(withCell(fixture2020(), 't3.granted.natural', '15件?')).filter((w) => w.rule === 'C3')).toEqual([])
  })
})
