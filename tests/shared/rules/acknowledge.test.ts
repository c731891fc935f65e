import { describe, expect, it } from 'vitest'
import { acknowledge, checkReport, withdrawAcknowledgement } from '../../../src/shared/rules'
import type { Report } from '../../../src/shared/report'
import { QUIET_DAY, fixture2020, withCell, withText } from './reports'

const check = (r: Report) => checkReport(r, null, { today: QUIET_DAY })
const AT = new Date('2021-01-20T08:00:00Z')

/** The fixture with one E4 warning: 表三 予以公开·科研机构 left blank. */
function withBlank(): Report {
  return withCell(fixture2020(), 't3.granted.research', null)
}

describe('acknowledging a warning with an explanation', () => {
  it('marks the warning acknowledged and keeps it listed', () => {
    const r = withBlank()
    const [w] = check(r)
    const acks = acknowledge(r, w, '  本单位无科研机构申请，原表此格空白  ', AT)
    expect(acks).toEqual([
      { fingerprint: 'E4:t3.granted', rule: 'E4', explanation: '本单位无科研机构申请，原表此格空白', values: { 't3.granted.research': null }, at: AT.toISOString() }
    ])
    const [again] = check({ ...r, acknowledgements: acks })
    expect(again.acknowledged).toEqual({ explanation: '本单位无科研机构申请，原表此格空白', at: AT.toISOString() })
  })

  it('stays acknowledged while unrelated cells and text change', () => {
    const r = withBlank()
    const acked = { ...r, acknowledgements: acknowledge(r, check(r)[0], '说明', AT) }
    const edited = withText(withCell(acked, 't2.licensing.decisions', 800), 'other', '无其他事项。')
    expect(check(edited).find((w) => w.fingerprint === 'E4:t3.granted')?.acknowledged).toBeDefined()
  })

  it('re-opens when a concerned cell changes, and again holds when it changes back', () => {
    const r = withBlank()
    const acked = { ...r, acknowledgements: acknowledge(r, check(r)[0], '说明', AT) }
    const changed = withCell(acked, 't3.granted.research', '/')
    expect(check(changed).find((w) => w.fingerprint === 'E4:t3.granted')?.acknowledged).toBeUndefined()
    expect(check(withCell(changed, 't3.granted.research', null))[0].acknowledged).toBeDefined()
  })

  it('for a text warning, re-opens when the quoted text changes', () => {
    const r = withText(fixture2020(), 'problems', '2018年共收到申请。')
    const w = check(r).find((x) => x.rule === 'S3')!
    const acked = { ...r, acknowledgements: acknowledge(r, w, '引用历史数据', AT) }
    expect(check(acked).find((x) => x.rule === 'S3')?.acknowledged).toBeDefined()
    const moved = withText(acked, 'problems', '另外，2018年共收到申请。')
    expect(check(moved).find((x) => x.rule === 'S3')?.acknowledged).toBeDefined() // same words, other place
    const other = withText(acked, 'problems', '2018年共受理申请。2018年底')
    expect(check(other).find((x) => x.rule === 'S3')?.acknowledged).toBeUndefined()
  })

  it('replaces an earlier explanation of the same warning and can be withdrawn', () => {
    const r = withBlank()
    const w = check(r)[0]
    const first = { ...r, acknowledgements: acknowledge(r, w, '第一次', AT) }
    const second = acknowledge(first, w, '第二次', AT)
    expect(second.map((a) => a.explanation)).toEqual(['第二次'])
    expect(withdrawAcknowledgement({ acknowledgements: second }, w.fingerprint)).toEqual([])
    expect(check({ ...r, acknowledgements: withdrawAcknowledgement({ acknowledgements: second }, w.fingerprint) })[0].acknowledged).toBeUndefined()
  })

  it('refuses to explain away an error (a hard rule) and an empty explanation', () => {
    const r = withCell(fixture2020(), 't3.total.natural', 60)
    const error = check(r).find((w) => w.severity === 'error')!
    expect(() => acknowledge(r, error, '说明', AT)).toThrow('不能说明后忽略')
    expect(() => acknowledge(withBlank(), check(withBlank())[0], '  ', AT)).toThrow('请填写说明')
  })

  it('ignores a stored acknowledgement of an error', () => {
    const r = withCell(fixture2020(), 't3.total.natural', 60)
    const error = check(r).find((w) => w.severity === 'error')!
    const forged = { ...r, acknowledgements: [{ fingerprint: error.fingerprint, rule: error.rule, explanation: 'x', at: '', values: {} }] }
    expect(check(forged).every((w) => !w.acknowledged)).toBe(true)
  })
})

describe('fingerprints', () => {
  it('do not change with the values (so acknowledgements key on what a warning concerns)', () => {
    const a = check(withCell(fixture2020(), 't3.total.natural', 60)).map((w) => w.fingerprint)
    const b = check(withCell(fixture2020(), 't3.total.natural', 75)).map((w) => w.fingerprint)
    expect(a).toEqual(b)
    expect(a.every((f) => !/\d{2}/.test(f))).toBe(true)
  })

  it('are unique within one check', () => {
    let r = withText(fixture2020(), 'problems', '无')
    for (const k of ['t3.new.natural', 't3.granted.total', 't4.review.total', 't2.fees.delta']) r = withCell(r, k, null)
    r = withCell(r, 't3.total.commercial', 9)
    const fps = check(r).map((w) => w.fingerprint)
    expect(new Set(fps).size).toBe(fps.length)
    expect(fps.length).toBeGreaterThan(5)
  })
})
