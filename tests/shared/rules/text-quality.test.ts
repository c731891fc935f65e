import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import type { Report } from '../../../src/shared/report'
import { QUIET_DAY, consistent2021, fixture2020, withText } from './reports'

const rules = (r: Report, prev: Report | null, rule: string) => checkReport(r, prev, { today: QUIET_DAY }).filter((w) => w.rule === rule)

describe('S1 section 五 left empty', () => {
  it.each(['', '   ', '无', '无。', '暂无', '\n无\n'])('flags %j', (text) => {
    const [w] = rules(withText(fixture2020(), 'problems', text), null, 'S1')
    expect(w).toMatchObject({ severity: 'warning', section: 'problems', fingerprint: 'S1' })
    expect(w.message).toContain('五、存在的主要问题及改进情况')
  })

  it('accepts a written section, however short', () => {
    expect(rules(withText(fixture2020(), 'problems', '政策解读形式单一，下一步将增加图解。'), null, 'S1')).toEqual([])
  })
})

describe('S2 text copied from last year', () => {
  it('flags a section identical to last year\'s (whitespace aside)', () => {
    const last = fixture2020()
    const next = withText(consistent2021(), 'problems', last.text.problems.replace(/\n/g, '\n\n'))
    const w = rules(next, last, 'S2').find((x) => x.fingerprint === 'S2:problems')!
    expect(w.message).toContain('与上年报告完全相同')
    expect(w.spans).toEqual([{ section: 'problems', start: 0, end: next.text.problems.length }])
  })

  it('flags long paragraphs taken over word for word, with their spans', () => {
    const last = fixture2020()
    const copied = last.text.overview.split('\n').find((p) => p.startsWith('4、聚焦民生'))!
    const text = `本年度新写的一段。\n${copied}`
    const [w] = rules(withText(consistent2021(), 'overview', text), last, 'S2').filter((x) => x.section === 'overview')
    expect(w.message).toContain('有1段与上年报告一字不差')
    expect(w.spans).toEqual([{ section: 'overview', start: 10, end: text.length }])
  })

  it('does not count short stock phrases such as "无。" or headings', () => {
    const last = withText(fixture2020(), 'other', '无。')
    const next = withText(withText(consistent2021(), 'other', '无。'), 'overview', '（一）主动公开情况\n新的内容。')
    expect(rules(next, last, 'S2').filter((w) => w.section !== 'problems')).toEqual([])
  })

  it('needs last year\'s report', () => {
    expect(rules(consistent2021(), null, 'S2')).toEqual([])
  })
})
