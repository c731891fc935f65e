import { describe, expect, it } from 'vitest'
import { newReport } from '../../../src/shared/report'
import { checkReport } from '../../../src/shared/rules'
import { QUIET_DAY, consistent2021, fixture2020, withCell } from './reports'

const check = (r: ReturnType<typeof fixture2020>) => checkReport(r, null, { today: QUIET_DAY })

describe('C6 what a cell may hold', () => {
  it('rejects a negative count with the cell named and the value shown', () => {
    const [w] = check(withCell(fixture2020(), 't3.granted.natural', -2))
    expect(w).toMatchObject({ rule: 'C6', severity: 'error', cells: ['t3.granted.natural'], fingerprint: 'C6:t3.granted.natural' })
    expect(w.message).toBe('表三“（一）予以公开·自然人”填的是“-2”：件数不能为负数')
  })

  it('rejects a fraction in a count but accepts decimals in a 万元 amount', () => {
    expect(check(withCell(consistent2021(), 't2.licensing.decisions', 2.5))[0].message).toContain('应填写整数')
    const fees = check(withCell(consistent2021(), 't2.fees.amount', 1.25))
    expect(fees.filter((w) => w.rule === 'C6')).toEqual([])
  })

  it('rejects a negative 万元 amount', () => {
    expect(check(withCell(consistent2021(), 't2.fees.amount', -1))[0]).toMatchObject({ rule: 'C6', cells: ['t2.fees.amount'] })
  })

  it('accepts a negative 2019 本年增/减 (a signed integer) but not a fraction there', () => {
    expect(check(withCell(fixture2020(), 't2.licensing.delta', -40))).toEqual([])
    expect(check(withCell(fixture2020(), 't2.licensing.delta', -1.5))[0].fingerprint).toBe('C6:t2.licensing.delta')
  })

  it('reports text kept in a number cell as an error, keeping the text in the message', () => {
    const [w] = check(withCell(fixture2020(), 't4.review.total', '零'))
    expect(w.rule).toBe('C6')
    expect(w.message).toContain('“零”')
  })
})

describe('E4 blank or "/" where a number is expected', () => {
  it('lists the blank and "/" cells of a row in one warning, saying which is which', () => {
    const r = withCell(withCell(fixture2020(), 't3.granted.research', null), 't3.granted.legal', '/')
    const e4 = check(r).filter((w) => w.rule === 'E4')
    expect(e4).toHaveLength(1)
    expect(e4[0]).toMatchObject({ severity: 'warning', fingerprint: 'E4:t3.granted', cells: ['t3.granted.research', 't3.granted.legal'] })
    expect(e4[0].message).toContain('科研机构（空白）')
    expect(e4[0].message).toContain('法人或其他组织·法律服务机构（“/”）')
  })

  it('says a table that was never filled in once, not cell by cell', () => {
    const blank = newReport({ agency: '某某局', year: 2021, id: 'x', now: new Date(2022, 0, 1) })
    const e4 = checkReport(blank, null, { today: QUIET_DAY }).filter((w) => w.rule === 'E4')
    expect(e4.map((w) => w.fingerprint)).toEqual(['E4:t2', 'E4:t3', 'E4:t4'])
    expect(e4[1].cells).toHaveLength(175)
    expect(e4[1].message).toContain('表三尚未填写（共175格）')
  })

  it('a blank report raises no arithmetic error (nothing is silently 0)', () => {
    const blank = newReport({ agency: '某某局', year: 2021, id: 'x' })
    expect(checkReport(blank, null, { today: QUIET_DAY }).filter((w) => w.severity === 'error')).toEqual([])
  })
})
