import { describe, expect, it } from 'vitest'
import { readText } from '../../../src/shared/import/read-text'

// Format detection: the labels of each format are told apart, and a document mixing them is flagged.

const doc = (t2: string[], t3: string[], title = '某区某局2021年度政府信息公开工作年度报告') =>
  [title, '一、总体情况', '概述。', '二、主动公开政府信息情况', ...t2, '三、收到和处理政府信息公开申请情况', ...t3, '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '问题。', '六、其他需要报告的事项', '无。'].join('\n')

const T2_2021 = ['第二十条第（一）项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '0', '0', '0']
const T2_2019 = ['第二十条第（一）项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '1', '2', '3']
const OTHER_2019 = ['三、本年度办理结果', '（六）其他处理', '1', '0', '0', '0', '0', '0', '1']
const OTHER_2021 = ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '1', '0', '0', '0', '0', '0', '1']
const read = (text: string) => readText(text, { kind: 'txt', fileName: 't.txt', fallbackYear: 2020 })

describe('format detection', () => {
  it('recognises the 2021 format by its labels', () => {
    const r = read(doc(T2_2021, OTHER_2021))
    expect(r.detectedFormat).toBe('2021')
    expect(r.report.cells['t3.other.overdueCorrection.natural']).toBe(1)
  })

  it('recognises the 2019 format by its labels, whatever the title year', () => {
    const r = read(doc(T2_2019, OTHER_2019))
    expect(r.detectedFormat).toBe('2019')
    expect(r.report.format).toBe('2019')
    expect(r.report.cells['t2.regulations.total']).toBe(3)
    expect(r.report.cells['t3.other.total']).toBe(1)
  })

  it('flags a document that mixes the formats (V1) and keeps the format of its year', () => {
    const r = read(doc(T2_2021, OTHER_2019))
    expect(r.detectedFormat).toBe('mixed')
    expect(r.report.format).toBe('2021')
    expect(r.report.cells['t2.regulations.issued']).toBe(0)
    const v1 = r.problems.find((p) => p.message.includes('V1'))
    expect(v1?.message).toContain('（六）其他处理')
  })

  it('never assumes a year the document does not state: the result says it is unknown', () => {
    const r = read(doc(T2_2021, OTHER_2021, '年度报告'))
    expect(r.yearUnknown).toBe(true)
    expect(r.problems.find((p) => p.severity === 'error')?.message).toMatch(/未能识别报告年度.*请选择报告年度/)
  })
})

describe('text copied with a row on one line', () => {
  it('splits a label from the values after it, with spaces, tabs or a minus sign', () => {
    const text = [
      '2021年度某县某局政府信息公开工作年度报告',
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容 本年新制作数量 本年新公开数量 对外公开总数量',
      '规章 0 0 0',
      '规范性文件　3　3　20',
      '第二十条第（五）项',
      '信息内容\t上一年项目数量\t本年增/减\t处理决定数量',
      '行政许可\t128\t\u221223\t795',
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 5 0 0 0 0 0 5'
    ].join('\n')
    const r = read(text)
    expect([r.report.agency, r.report.year]).toEqual(['某县某局', 2021])
    expect(r.report.cells['t2.normativeDocs.total']).toBe(20)
    expect(r.report.cells['t2.licensing.delta']).toBe(-23)
    expect(r.report.cells['t3.new.total']).toBe(5)
  })
})

describe('section headings', () => {
  it('accept reworded headings and refuse sub-headings that look like another section', () => {
    const text = [
      '某县某局2021年度政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开政府信息情况',
      '主动公开了信息。',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、政府信息公开工作存在的主要问题和改进措施',
      '问题与措施。',
      '六、其他需要报告的事项',
      '无。'
    ].join('\n')
    const r = read(text)
    expect(r.report.text.overview).toBe('（一）主动公开政府信息情况\n主动公开了信息。')
    expect(r.report.text.problems).toBe('问题与措施。')
    expect(r.report.text.other).toBe('无。')
  })
})

describe('the title', () => {
  it('is the last title-like line before section 一, not a link to another year or the intro', () => {
    const text = [
      '首页 > 政务公开 > 年度报告',
      '相关链接：',
      '某县某局2019年政府信息公开工作年度报告',
      '某县某局',
      '2020年度政府信息公开工作年度报告',
      '现公布某县某局2020年政府信息公开工作年度报告，统计期限为2020年1月1日至12月31日。',
      '一、总体情况',
      '概述。'
    ].join('\n')
    const r = read(text)
    expect([r.report.agency, r.report.year]).toEqual(['某县某局', 2020])
  })
})

describe('text rows with a blank cell', () => {
  it('are reported and left blank rather than shifted into the wrong column', () => {
    const text = ['某县某局2021年度政府信息公开工作年度报告', '二、主动公开政府信息情况', ...T2_2021.slice(0, 5), '规章', '1', '3', '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '5', '0', '0', '0', '0', '5'].join('\n')
    const r = read(text)
    expect(r.report.cells['t2.regulations.issued']).toBeNull()
    expect(r.report.cells['t2.regulations.repealed']).toBeNull()
    expect(r.report.cells['t3.new.natural']).toBeNull()
    const messages = r.problems.map((p) => p.message).join('\n')
    expect(messages).toMatch(/“规章”一行有2个数值，表头有3列/)
    expect(messages).toMatch(/一、本年新收政府信息公开申请数量”一行有6个数值，应为7个/)
  })
})

describe('title variants', () => {
  it.each([
    ['某县某局二〇二一年度政府信息公开工作年度报告', '某县某局', 2021],
    ['某县某局（2021年度）政府信息公开工作年度报告', '某县某局', 2021],
    ['2021年度某县某局政府信息公开工作年度报告', '某县某局', 2021],
    ['某县某局关于2021年政府信息公开工作年度报告', '某县某局', 2021]
  ])('%s', (title, agency, year) => {
    const r = read([title, '一、总体情况', '概述。'].join('\n'))
    expect([r.report.agency, r.report.year]).toEqual([agency, year])
  })
})
