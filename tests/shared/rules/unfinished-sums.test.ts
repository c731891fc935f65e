import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import { newReport, type Report } from '../../../src/shared/report'
import { QUIET_DAY } from './reports'

// While typing: a sum with blanks left is reported only when it can no longer add up.

const blank = () => newReport({ agency: '测试局', year: 2024, now: new Date(2025, 0, 10) })
const fill = (cells: Record<string, number | string>): Report => {
  const r = blank()
  return { ...r, cells: { ...r.cells, ...cells } }
}
const sums = (r: Report) =>
  checkReport(r, null, { today: QUIET_DAY }).filter((w) => ['C1', 'C2', 'C3', 'C5'].includes(w.rule))

describe('C3 and C2 with blanks left', () => {
  it('reports 本年新收·自然人 5 with 本年新收·总计 3 at once, the other columns still blank', () => {
    const [w] = sums(fill({ 't3.new.natural': 5, 't3.new.total': 3 }))
    expect(w).toMatchObject({ rule: 'C3', severity: 'error', fingerprint: 'C3:new' })
    expect(w.message).toBe('表三“一、本年新收政府信息公开申请数量”行：已填的各类申请人之和已为5，超过“总计”列的3（尚有空格未填，但计数不能为负，已无法相等）')
    expect(w.fix).toBeUndefined()
  })

  it('stays quiet while the blanks can still make it add up, or the total is blank', () => {
    expect(sums(fill({ 't3.new.natural': 3, 't3.new.total': 5 }))).toEqual([])
    expect(sums(fill({ 't3.new.natural': 5, 't3.new.total': 5 }))).toEqual([])
    expect(sums(fill({ 't3.new.natural': 5 }))).toEqual([])
  })

  it('reports result rows already above （七）总计 in a column', () => {
    const [w] = sums(fill({ 't3.granted.natural': 4, 't3.partial.natural': 3, 't3.total.natural': 6 }))
    expect(w).toMatchObject({ rule: 'C2', fingerprint: 'C2:natural' })
    expect(w.message).toContain('已填的办理结果各项之和已为7，超过“（七）总计”的6')
  })

  it('leaves "/" and text to E4 and C6', () => {
    expect(sums(fill({ 't3.new.natural': 5, 't3.new.commercial': '/', 't3.new.total': 3 }))).toEqual([])
  })
})

describe('C1 with blanks left', () => {
  it('reports results already above what was received', () => {
    const [w] = sums(fill({ 't3.new.natural': 3, 't3.carriedOver.natural': 0, 't3.total.natural': 5 }))
    expect(w).toMatchObject({ rule: 'C1', fingerprint: 'C1:natural' })
    expect(w.message).toContain('已填的办理结果与结转下年度之和已为5，超过第一项加第二项的3')
  })

  it('counts the result rows filled so far while （七）总计 is blank', () => {
    const [w] = sums(fill({ 't3.new.natural': 3, 't3.carriedOver.natural': 0, 't3.granted.natural': 2, 't3.unable.notHeld.natural': 2 }))
    expect(w.message).toContain('已为4，超过第一项加第二项的3')
  })

  it('reports received already above a complete results side', () => {
    const [w] = sums(fill({ 't3.new.natural': 7, 't3.total.natural': 4, 't3.carriedForward.natural': 1 }))
    expect(w.message).toContain('已填的第一项加第二项已为7，超过第三项加第四项的5')
  })

  it('stays quiet when the received side is incomplete and still below', () => {
    expect(sums(fill({ 't3.new.natural': 3, 't3.total.natural': 5 }))).toEqual([])
    expect(sums(fill({ 't3.new.natural': 3, 't3.carriedOver.natural': 2, 't3.total.natural': 5 }))).toEqual([])
  })
})

describe('C5 with blanks left', () => {
  it('reports outcomes of a group already above its 总计', () => {
    const [w] = sums(fill({ 't4.review.upheld': 2, 't4.review.corrected': 1, 't4.review.total': 2 }))
    expect(w).toMatchObject({ rule: 'C5', fingerprint: 'C5:review' })
    expect(w.message).toContain('已为3，超过“总计”的2')
    expect(sums(fill({ 't4.review.upheld': 2, 't4.review.total': 3 }))).toEqual([])
  })
})
