import { describe, expect, it } from 'vitest'
import { parseCellInput } from '../../../src/shared/report'

describe('cell input', () => {
  const cases: Array<[string, 'count' | 'signedCount' | 'amount', unknown]> = [
    ['12', 'count', 12],
    ['１２', 'count', 12],
    ['0件', 'count', 0],
    [' 58 ', 'count', 58],
    ['1,234', 'count', 1234],
    ['+12', 'signedCount', 12],
    ['-23', 'signedCount', -23],
    ['3,920,141.46元', 'amount', 3920141.46],
    ['1.5', 'amount', 1.5],
    ['/', 'count', '/'],
    ['—', 'count', '/'],
    ['－', 'count', '/'],
    ['无', 'count', '/'],
    ['', 'count', null]
  ]
  for (const [raw, kind, value] of cases) {
    it(`reads "${raw}" as ${JSON.stringify(value)}`, () => {
      const parsed = parseCellInput(raw, kind)
      expect(parsed.value).toBe(value)
      expect(parsed.error).toBeUndefined()
    })
  }

  it('keeps text and explains it', () => {
    expect(parseCellInput('十二', 'count')).toMatchObject({ value: '十二', error: expect.stringContaining('不是数字') })
  })

  it('rejects a negative count and a fraction of a count, keeping the number', () => {
    expect(parseCellInput('-1', 'count')).toMatchObject({ value: -1, error: '件数不能为负数' })
    expect(parseCellInput('1.5', 'count')).toMatchObject({ value: 1.5, error: '应填写整数' })
  })
})
