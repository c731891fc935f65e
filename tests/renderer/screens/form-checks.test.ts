import { describe, expect, it } from 'vitest'
import { newReportProblem } from '../../../src/renderer/src/screens/home/new-report-check'
import { numberProblem } from '../../../src/renderer/src/screens/settings/number-check'
import { contactProblems } from '../../../src/renderer/src/screens/settings/contact-check'

describe('form checks name the field in Chinese', () => {
  it('a new report needs an agency and a four-digit year', () => {
    expect(newReportProblem('', '2025')).toBe('请填写机关名称')
    expect(newReportProblem('某局', '25')).toContain('年度')
    expect(newReportProblem('某局', '1999')).toContain('2008')
    expect(newReportProblem('某局', '2025')).toBeUndefined()
  })

  it('contact details: postcode of six digits, a plausible e-mail and phone', () => {
    const ok = { address: '某路1号', postcode: '314000', phone: '0573-82345678', email: 'xxgk@jx.gov.cn', website: '' }
    expect(contactProblems(ok)).toEqual({})
    const bad = contactProblems({ ...ok, postcode: '3140', email: 'xxgk', phone: '电话' })
    expect(bad.postcode).toContain('邮政编码')
    expect(bad.email).toContain('电子邮箱')
    expect(bad.phone).toContain('联系电话')
  })

  it('typography numbers must be numbers within range', () => {
    expect(numberProblem('正文字号', Number.NaN, 8, 32)).toBe('正文字号应填写数字')
    expect(numberProblem('正文字号', 40, 8, 32)).toBe('正文字号应在 8 到 32 之间')
    expect(numberProblem('正文字号', 16, 8, 32)).toBeUndefined()
  })
})
