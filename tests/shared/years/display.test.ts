import { describe, expect, it } from 'vitest'
import { changeNote, changeText, valueText } from '../../../src/shared/years/display'

describe('years table wording', () => {
  it('writes changes with sign and per cent, and says when last year was 0', () => {
    expect(changeText({ kind: 'change', absolute: 12, percent: 25 })).toBe('+12（+25.0%）')
    expect(changeText({ kind: 'change', absolute: -3, percent: -100 })).toBe('−3（−100.0%）')
    expect(changeText({ kind: 'change', absolute: 5, percent: null })).toBe('+5（上年为0）')
    expect(changeText({ kind: 'change', absolute: 0, percent: null })).toBe('0（持平）')
    expect(changeText({ kind: 'none', reason: 'notComparable' })).toBe('')
    expect(changeNote({ kind: 'none', reason: 'notComparable' })).toBe('格式变更，不可比')
    expect(changeNote({ kind: 'none', reason: 'noPreviousValue' })).toBe('上年无数值')
    // A blank value says 未填 itself: no second note under it.
    expect(changeNote({ kind: 'none', reason: 'noValue' })).toBe('')
  })

  it('writes values, marking a partial sum', () => {
    expect(valueText({ kind: 'number', value: 3.25, partial: false })).toBe('3.25')
    expect(valueText({ kind: 'number', value: 7, partial: true })).toBe('7*')
    expect(valueText({ kind: 'notInFormat' })).toBe('格式无此项')
    expect(valueText({ kind: 'noReport' })).toBe('无报告')
  })
})
