import { describe, expect, it } from 'vitest'
import type { Warning } from '../../../src/shared/rules'
import { segmentText, shortQuote, textLength } from '../../../src/renderer/src/text/spans'

const warn = (start: number, end: number, section: 'overview' | 'problems' = 'overview'): Warning => ({
  rule: 'S3',
  severity: 'warning',
  cells: [],
  section,
  message: '年份',
  fingerprint: `S3:${start}`,
  spans: [{ section, start, end }]
})

describe('text highlighting', () => {
  it('cuts the text into plain and highlighted segments that rebuild it', () => {
    const text = '2024年共收到申请60件。'
    const segs = segmentText(text, 'overview', [warn(0, 5), warn(10, 12)])
    expect(segs.map((s) => s.text).join('')).toBe(text)
    expect(segs.filter((s) => s.severity).map((s) => s.text)).toEqual(['2024年', '60'])
  })

  it('ignores spans of other sections and clips overlapping spans', () => {
    const segs = segmentText('abcdef', 'overview', [warn(1, 4), warn(2, 5), warn(0, 2, 'problems')])
    expect(segs.map((s) => [s.text, !!s.severity])).toEqual([['a', false], ['bcd', true], ['e', true], ['f', false]])
  })

  it('counts characters without whitespace', () => {
    expect(textLength('一、总体情况\n  本年度')).toBe(9)
  })
})

describe('the quote in the list under the text (F1)', () => {
  it('keeps a short span whole', () => {
    expect(shortQuote('2023年')).toBe('2023年')
  })

  it('cuts a whole copied paragraph to 20 characters with an ellipsis, on one line', () => {
    const paragraph = '今年以来，市建设局坚持以习近平新时代中国特色社会主义思想为指导，\n认真贯彻落实《中华人民共和国政府信息公开条例》。'
    const q = shortQuote(paragraph)
    expect(Array.from(q)).toHaveLength(20)
    expect(q.endsWith('…')).toBe(true)
    expect(q.startsWith('今年以来，市建设局坚持以习近')).toBe(true)
    expect(q).not.toContain('\n')
  })
})
