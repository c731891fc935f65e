import { describe, expect, it } from 'vitest'
import { splitParagraphs } from '../../../src/main/export/paragraphs'

describe('splitParagraphs', () => {
  it('recognises the three heading levels people type', () => {
    const ps = splitParagraphs('一、总体情况\n（一）主动公开\n(二)依申请公开\n1.规范流程\n2、拓展渠道\n3）加强解读\n正文。')
    expect(ps.map((p) => p.level)).toEqual(['h1', 'h2', 'h2', 'h3', 'h3', 'h3', 'body'])
    expect(ps[0]).toEqual({ level: 'h1', head: '一、总体情况', rest: '' })
  })

  it('splits a run-in heading at its first 。 and keeps the rest as body text', () => {
    const [p] = splitParagraphs('1、规范流程，夯实主体责任。为进一步细化政府信息发布工作流程。')
    expect(p).toEqual({ level: 'h3', head: '1、规范流程，夯实主体责任。', rest: '为进一步细化政府信息发布工作流程。' })
  })

  it('does not take a number, a year or a long numbered paragraph for a heading', () => {
    const long = '1.' + '这是一段很长的文字，没有简短的标题'.repeat(4) + '。后文。'
    expect(splitParagraphs(`2020年共受理申请60件。\n1.5万元用于平台建设。\n${long}\n一是公开质量有待提高。`).map((p) => p.level)).toEqual([
      'body',
      'body',
      'body',
      'body'
    ])
  })

  it('drops typed indents and every blank line: an official document has no empty paragraphs', () => {
    const ps = splitParagraphs('\n\n　　第一段。\r\n\n　　\n  第二段。\n\n')
    expect(ps).toEqual([
      { level: 'body', head: '', rest: '第一段。' },
      { level: 'body', head: '', rest: '第二段。' }
    ])
  })

  it('returns nothing for an empty section', () => {
    expect(splitParagraphs('')).toEqual([])
    expect(splitParagraphs('\n \n')).toEqual([])
  })
})
