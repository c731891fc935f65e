import { describe, expect, it } from 'vitest'
import type { Warning } from '../../../src/shared/rules'
import { segmentText, shortQuote, textLength, textNotes } from '../../../src/renderer/src/text/spans'

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

describe('the list under the text: each warning once, each place exact', () => {
  it('selects a span from its own start even where the highlighting cut it behind an earlier span', () => {
    const text = '2024年度共收到申请25件。'
    const year = warn(0, 6)
    const claim: Warning = { ...warn(0, 14), rule: 'T1', fingerprint: 'T1:new:1' }
    // The highlighting gives the claim only what the year left of it: selecting that would land 6 late.
    expect(segmentText(text, 'overview', [year, claim]).find((s) => s.warning === claim)?.start).toBe(6)
    const notes = textNotes(text, 'overview', [year, claim])
    expect(notes.find((n) => n.warning === claim)?.places).toEqual([{ start: 0, end: 14, paragraph: 1, quote: '2024年度共收到申请25件' }])
  })

  it('lists a warning with several places once, naming the paragraph of each', () => {
    const text = '第一段【请核对：2024年】\n第二段\n【请核对：2024年】第三段'
    const a = text.indexOf('【')
    const b = text.lastIndexOf('【')
    const markers: Warning = { ...warn(0, 0), fingerprint: 'S3:overview:marker', spans: [{ section: 'overview', start: a, end: a + 11 }, { section: 'overview', start: b, end: b + 11 }] }
    const notes = textNotes(text, 'overview', [markers])
    expect(notes).toHaveLength(1)
    expect(notes[0].places.map((p) => [p.paragraph, p.quote])).toEqual([
      [1, '【请核对：2024年】'],
      [3, '【请核对：2024年】']
    ])
  })
})
