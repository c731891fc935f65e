import { describe, expect, it } from 'vitest'
import { GROUP_MAX_MS, initHistory, record, undo } from '../../../src/renderer/src/state/history'
import { endsSentence, insertedText } from '../../../src/renderer/src/state/text-edit'

describe('undo groups', () => {
  it('merges steady typing in one group, but not beyond GROUP_MAX_MS from the group start', () => {
    let h = initHistory('')
    let text = ''
    // One character every 400 ms for 8 s: never a 1.5 s pause.
    for (let t = 0; t <= 8000; t += 400) {
      text += 'a'
      h = record(h, text, 'text:problems', t)
    }
    // Two groups at least: undo does not wipe everything at once.
    const once = undo(h)
    expect(once.present.length).toBeGreaterThan(0)
    expect(once.present.length).toBeLessThan(text.length)
    expect(text.length - once.present.length).toBeLessThanOrEqual(GROUP_MAX_MS / 400 + 1)
  })

  it('closes a group after a step marked as ending it (a sentence end)', () => {
    let h = initHistory('')
    h = record(h, '一是', 'g', 0)
    h = record(h, '一是问题。', 'g', 300, { endsGroup: true })
    h = record(h, '一是问题。二', 'g', 600)
    h = record(h, '一是问题。二是问题。', 'g', 900, { endsGroup: true })
    expect(undo(h).present).toBe('一是问题。')
    expect(undo(undo(h)).present).toBe('')
  })

  it('still merges a group without sentence ends while within the window', () => {
    let h = initHistory('')
    h = record(h, 'a', 'g', 0)
    h = record(h, 'ab', 'g', 1000)
    h = record(h, 'abc', 'g', 2000)
    expect(undo(h).present).toBe('')
  })
})

describe('what a text edit typed', () => {
  it('finds the inserted characters anywhere in the text', () => {
    expect(insertedText('一是问题', '一是问题。')).toBe('。')
    expect(insertedText('ab', 'aXb')).toBe('X')
    expect(insertedText('abc', 'ac')).toBe('')
  })

  it('treats 。；！？ and line breaks as sentence ends, other characters not', () => {
    expect(endsSentence('一是问题', '一是问题。')).toBe(true)
    expect(endsSentence('一是', '一是；')).toBe(true)
    expect(endsSentence('好', '好！')).toBe(true)
    expect(endsSentence('吗', '吗？')).toBe(true)
    expect(endsSentence('第一段', '第一段\n')).toBe(true)
    expect(endsSentence('一是', '一是问题')).toBe(false)
    expect(endsSentence('一是，', '一是，二')).toBe(false)
    // Deleting a sentence end is not typing one.
    expect(endsSentence('问题。', '问题')).toBe(false)
  })
})
