import { describe, expect, it } from 'vitest'
import { cellAccessibleName } from '../../../src/renderer/src/tables/cell-name'

describe('cellAccessibleName', () => {
  const label = '表三 一、本年新收政府信息公开申请数量 · 自然人'
  it('says the value after the labels', () => {
    expect(cellAccessibleName(label, '61')).toBe(`${label}：61`)
    expect(cellAccessibleName(label, '0')).toBe(`${label}：0`)
  })
  it('says a blank cell is not filled, never reading it as 0', () => {
    expect(cellAccessibleName(label, '')).toBe(`${label}：未填`)
  })
  it('says a total is computed by the editor', () => {
    expect(cellAccessibleName(label, '64', true)).toBe(`${label}：64（自动合计）`)
    expect(cellAccessibleName(label, '', true)).toBe(`${label}：未填`)
  })
})
