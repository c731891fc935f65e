import { describe, expect, it } from 'vitest'
import { parseChineseNumber } from '../../../src/shared/rules/chinese-number'
import { claimsOf } from '../../../src/shared/rules/text-claims'

describe('reading numbers written in Chinese', () => {
  it.each([
    ['零', 0], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['三十五', 35], ['一百零五', 105], ['一千二百', 1200]
  ])('%s = %i', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n)
  })

  it('refuses digit runs that are not a number', () => {
    expect(parseChineseNumber('一二')).toBeUndefined()
  })
})

describe('statements found in a text', () => {
  it('finds each counted statement with its kind, value and quote', () => {
    const claims = claimsOf('共收到政府信息公开申请60件，上年结转5件，办结61件，结转下年度4件。')
    expect(claims.map((c) => [c.kind, c.value, c.quote])).toEqual([
      ['received', 60, '共收到政府信息公开申请60件'],
      ['carriedOver', 5, '上年结转5件'],
      ['answered', 61, '办结61件'],
      ['carriedForward', 4, '结转下年度4件']
    ])
  })

  it('marks comparisons and the years of a clause', () => {
    const [c] = claimsOf('2019年共收到申请45件，较上年增长。')
    expect(c.years).toEqual([2019])
    expect(claimsOf('收到申请数量较上年的45件有所下降。')[0]?.comparative ?? true).toBe(true)
  })

  it('ignores counts in sentences that are not about applications', () => {
    expect(claimsOf('全年收到群众来信200件。')).toEqual([])
  })

  it('extracts once per text (the result is reused while the text is the same)', () => {
    const text = '共收到申请60件。'
    expect(claimsOf(text)).toBe(claimsOf('共收到申请' + '60件。'))
  })
})
