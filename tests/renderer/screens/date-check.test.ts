import { describe, expect, it } from 'vitest'
import { parseDateInput } from '../../../src/renderer/src/screens/settings/date-check'

describe('the sign-off date typed independently of the OS locale (F4)', () => {
  it('reads the ways a Chinese user writes a date and stores YYYY-MM-DD', () => {
    expect(parseDateInput('2022-01-20')).toEqual({ value: '2022-01-20' })
    expect(parseDateInput('2022-1-5')).toEqual({ value: '2022-01-05' })
    expect(parseDateInput('2022/1/5')).toEqual({ value: '2022-01-05' })
    expect(parseDateInput('2022.01.05')).toEqual({ value: '2022-01-05' })
    expect(parseDateInput('2022年1月5日')).toEqual({ value: '2022-01-05' })
    expect(parseDateInput('２０２２－０１－０５')).toEqual({ value: '2022-01-05' })
    expect(parseDateInput('  ')).toEqual({ value: '' })
  })

  it('never reads the US order and rejects impossible dates with a Chinese message', () => {
    expect(parseDateInput('01/20/2022').error).toContain('年-月-日')
    expect(parseDateInput('2022-02-30').error).toContain('不是有效的日期')
    expect(parseDateInput('2022-13-01').error).toContain('不是有效的日期')
    expect(parseDateInput('2022-01').error).toBeDefined()
    expect(parseDateInput('2024-02-29')).toEqual({ value: '2024-02-29' })
  })
})
