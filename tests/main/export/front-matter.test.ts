import { describe, expect, it } from 'vitest'
import { EMPTY_CONTACT } from '../../../src/shared/report'
import { chineseDate, introText, signOffLines, titleText } from '../../../src/main/export/front-matter'

const base = { agency: '某某市某某局', year: 2025, format: '2021' as const, contact: { ...EMPTY_CONTACT } }

describe('front matter', () => {
  it('titles the report "<机关><年>年政府信息公开工作年度报告"', () => {
    expect(titleText(base)).toBe('某某市某某局2025年政府信息公开工作年度报告')
  })

  it('states the legal basis, the format notice and the statistics period', () => {
    const text = introText(base)
    expect(text).toContain('《中华人民共和国政府信息公开条例》')
    expect(text).toContain('国办公开办函〔2021〕30号')
    expect(text).toContain('2025年1月1日起至2025年12月31日止')
    // No contact given: no empty "（地址：；…）".
    expect(text).not.toContain('联系')
  })

  it('lists only the contact details that are filled in', () => {
    const text = introText({ ...base, contact: { ...EMPTY_CONTACT, phone: '0573-1234567', website: 'www.example.gov.cn' } })
    expect(text).toContain('本报告电子版可在www.example.gov.cn查阅和下载。')
    expect(text).toContain('如对本报告有任何疑问，请与某某市某某局联系（电话：0573-1234567）。')
  })

  it('writes dates in Chinese with Arabic numerals and no leading zeros', () => {
    expect(chineseDate('2026-01-05')).toBe('2026年1月5日')
    expect(signOffLines({ agency: '某某局', signOff: { enabled: true, date: '2026-01-05' } })).toEqual(['某某局', '2026年1月5日'])
    expect(signOffLines({ agency: '某某局', signOff: { enabled: true, date: '' } })).toEqual(['某某局'])
    expect(signOffLines({ agency: '某某局', signOff: { enabled: false, date: '2026-01-05' } })).toEqual([])
  })
})
