import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import type { Report } from '../../../src/shared/report'
import { QUIET_DAY, consistent2021, fixture2020, withCell } from './reports'

const check = (r: Report, prev: Report) => checkReport(r, prev, { today: QUIET_DAY })

/** A 2022 report following consistent2021 (same layout, year + 1): the base for cross-year tests. */
function pair() {
  const last = consistent2021()
  const next: Report = { ...consistent2021(), year: 2022, text: { overview: '', problems: '本年存在的问题和改进情况。', other: '' } }
  return { last, next }
}

describe('X1 上年结转 = last year\'s 结转下年度', () => {
  it('flags a column that does not carry last year\'s figure, with a one-click fill', () => {
    const last = fixture2020()
    const next = consistent2021() // carriedOver.natural 5, last year's carriedForward.natural 4
    const x1 = check(next, last).filter((w) => w.rule === 'X1')
    expect(x1.map((w) => w.fingerprint)).toEqual(['X1:natural', 'X1:total'])
    expect(x1[0].cells).toEqual(['t3.carriedOver.natural'])
    expect(x1[0].message).toBe('表三“自然人”列：“二、上年结转政府信息公开申请数量”为5，上年报告“四、结转下年度继续办理”为4，相差1')
    expect(x1[0].fix?.set).toEqual({ 't3.carriedOver.natural': 4 })
  })

  it('holds across the 2019 → 2021 format change and offers the fill for a blank cell', () => {
    const next = withCell(consistent2021(), 't3.carriedOver.commercial', null)
    const x1 = check(next, fixture2020()).find((w) => w.fingerprint === 'X1:commercial')!
    expect(x1.fix?.set).toEqual({ 't3.carriedOver.commercial': 0 })
  })

  it('is not checked against a report that is not of the year before', () => {
    const older = { ...fixture2020(), year: 2019 }
    expect(check(consistent2021(), older).filter((w) => ['X1', 'H1', 'S2', 'C7'].includes(w.rule))).toEqual([])
  })
})

describe('C7 现行有效件数 (2021 format)', () => {
  it('flags 现行有效 ≠ last year\'s + 制发 − 废止, showing the arithmetic', () => {
    const { last, next } = pair()
    const r = withCell(withCell(next, 't2.normativeDocs.issued', 5), 't2.normativeDocs.repealed', 2)
    const c7 = check(r, last).filter((w) => w.rule === 'C7')
    expect(c7).toHaveLength(1)
    expect(c7[0]).toMatchObject({ severity: 'warning', fingerprint: 'C7:normativeDocs' })
    expect(c7[0].cells[0]).toBe('t2.normativeDocs.inForce')
    expect(c7[0].message).toContain('表二“行政规范性文件”：上年“现行有效件数”56，加“本年制发件数”5、减“本年废止件数”2应为59，本年“现行有效件数”为56，相差3')
  })

  it('is quiet when the figures follow', () => {
    const { last, next } = pair()
    const r = withCell(withCell(next, 't2.normativeDocs.issued', 5), 't2.normativeDocs.inForce', 61)
    expect(check(r, last).filter((w) => w.rule === 'C7')).toEqual([])
  })
})

describe('H1 numbers identical to last year, only when copying is likely', () => {
  const h1 = (r: Report, prev: Report) => check(r, prev).filter((w) => w.rule === 'H1')

  it('hints at whole tables equal to last year\'s, leaving running totals alone', () => {
    const { last, next } = pair()
    const found = h1(next, last)
    // 四 is equal too, but holds a single figure of 2 or more (直接起诉·结果维持 2): no sign of copying.
    expect(found.map((w) => w.fingerprint).sort()).toEqual(['H1:t2', 'H1:t3'])
    expect(found.every((w) => w.severity === 'hint')).toBe(true)
    const t2 = found.find((w) => w.fingerprint === 'H1:t2')!
    expect(t2.cells).toContain('t2.licensing.decisions')
    expect(t2.cells).not.toContain('t2.normativeDocs.inForce')
    expect(found.find((w) => w.fingerprint === 'H1:t3')!.message).toContain('整张表与上年报告完全相同')
  })

  it('hints at many equal figures of 2 or more, stating the threshold', () => {
    const { last, next } = pair()
    // Change every figure but five of 三: the table is no longer whole, the five remain.
    const keep = ['t3.new.natural', 't3.granted.natural', 't3.partial.natural', 't3.unable.notHeld.natural', 't3.carriedOver.natural']
    const cells = { ...next.cells }
    for (const k of Object.keys(cells)) if (k.startsWith('t3.') && !keep.includes(k) && typeof cells[k] === 'number') cells[k] = (cells[k] as number) + 1
    const [w] = h1({ ...next, cells }, last).filter((x) => x.fingerprint === 'H1:t3')
    expect(w.message).toContain('有5个不小于2的数字与上年报告完全相同')
    expect(w.message).toContain('提示标准为同一表中至少5个')
    cells['t3.carriedOver.natural'] = 9
    expect(h1({ ...next, cells }, last).filter((x) => x.fingerprint === 'H1:t3')).toEqual([])
  })

  it('hints at a whole row of 三 equal with two applicant columns of 2 or more', () => {
    const { last, next } = pair()
    const cells: Report['cells'] = {}
    for (const [k, v] of Object.entries(next.cells)) cells[k] = k.startsWith('t3.') && typeof v === 'number' ? v + 7 : v
    for (const c of ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total']) cells[`t3.new.${c}`] = next.cells[`t3.new.${c}`]
    const [w] = h1({ ...next, cells }, last).filter((x) => x.fingerprint === 'H1:t3')
    expect(w.message).toContain('有1行与上年报告整行相同（“一、本年新收政府信息公开申请数量”')
  })

  it('never hints at scattered 0s and 1s, nor a few equal figures', () => {
    const { last, next } = pair()
    const cells = { ...next.cells }
    for (const k of Object.keys(cells)) if (typeof cells[k] === 'number' && (cells[k] as number) > 1) cells[k] = (cells[k] as number) + 1
    // Every 0 and 1 stays equal, plus four larger figures.
    for (const k of ['t3.new.natural', 't3.granted.natural', 't3.partial.natural', 't2.licensing.decisions']) cells[k] = next.cells[k]
    expect(h1({ ...next, cells }, last)).toEqual([])
  })
})
