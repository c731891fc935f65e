import { describe, expect, it } from 'vitest'
import { FORMATS, tableLayout } from '../../../src/shared/form'
import { newReport } from '../../../src/shared/report'
import { copyRange, parseTsv, pasteNotice, planPaste, toTsv } from '../../../src/renderer/src/tables/clipboard'
import { buildGridModel } from '../../../src/renderer/src/tables/grid-model'

const t3 = buildGridModel(tableLayout(FORMATS['2021'].tables.t3))

describe('tab-separated clipboard text', () => {
  it('reads Excel text with CRLF and a trailing line end', () => {
    expect(parseTsv('1\t2\r\n3\t4\r\n')).toEqual([['1', '2'], ['3', '4']])
  })

  it('reads LF and lone CR line ends and keeps empty cells', () => {
    expect(parseTsv('1\t\t3\n\t5\t\r7')).toEqual([['1', '', '3'], ['', '5', ''], ['7']])
  })

  it('unquotes quoted cells, with doubled quotes and line breaks inside', () => {
    expect(parseTsv('"a""b"\t"x\ny"\r\n5')).toEqual([['a"b', 'x\ny'], ['5']])
  })

  it('round-trips through toTsv', () => {
    const rows = [['1', 'a\tb'], ['"q"', '']]
    expect(parseTsv(toTsv(rows))).toEqual(rows)
  })
})

describe('pasting into a table', () => {
  it('pastes a 25×7 block over the whole of 三 from its first cell', () => {
    const block = Array.from({ length: 25 }, (_, r) => Array.from({ length: 7 }, (_, c) => String(r * 10 + c)).join('\t')).join('\r\n') + '\r\n'
    const plan = planPaste('2021', t3, { r: 0, c: 0 }, { r: 0, c: 0 }, block)
    expect(Object.keys(plan.set)).toHaveLength(175)
    expect(plan.set['t3.new.natural']).toBe(0)
    expect(plan.set['t3.carriedForward.total']).toBe(246)
    expect(plan.problems).toEqual([])
    expect(plan.dropped).toBe(0)
  })

  it('reads full-width digits, thousands separators and dashes as values', () => {
    const plan = planPaste('2021', t3, { r: 0, c: 0 }, { r: 0, c: 0 }, '１２\t—\t1,234\t\r\n')
    expect(plan.set).toMatchObject({ 't3.new.natural': 12, 't3.new.commercial': '/', 't3.new.research': 1234, 't3.new.nonprofit': null })
  })

  it('keeps text that is not a number and reports it', () => {
    const plan = planPaste('2021', t3, { r: 0, c: 0 }, { r: 0, c: 0 }, '三件')
    expect(plan.set['t3.new.natural']).toBe('三件')
    expect(plan.problems).toHaveLength(1)
    expect(plan.problems[0].message).toContain('不是数字')
  })

  it('counts cells that fall outside the table', () => {
    const plan = planPaste('2021', t3, { r: 24, c: 6 }, { r: 24, c: 6 }, '1\t2\n3\t4')
    expect(Object.keys(plan.set)).toEqual(['t3.carriedForward.total'])
    expect(plan.dropped).toBe(3)
  })

  it('fills a selected range with a single pasted value', () => {
    const plan = planPaste('2021', t3, { r: 0, c: 0 }, { r: 1, c: 1 }, '0\r\n')
    expect(plan.set).toEqual({ 't3.new.natural': 0, 't3.new.commercial': 0, 't3.carriedOver.natural': 0, 't3.carriedOver.commercial': 0 })
  })

  it('copies a range as rows of tab-separated values, "/" and blanks included', () => {
    const r = newReport({ agency: '甲', year: 2025 })
    r.cells['t3.new.natural'] = 3
    r.cells['t3.new.commercial'] = '/'
    expect(copyRange(t3, { r: 0, c: 0 }, { r: 1, c: 1 }, r.cells)).toBe('3\t/\r\n\t\r\n')
  })
})

describe('the paste notice', () => {
  it('counts the cells, names the first one that is not a number, and the cells that fell outside', () => {
    const plan = planPaste('2021', t3, { r: 24, c: 5 }, { r: 24, c: 5 }, '约5件\t2\t9\r\n1\t1\r\n')
    const text = pasteNotice('2021', plan)
    expect(text).toContain('已粘贴 2 个单元格')
    expect(text).toContain('其中 1 个不是有效数字（表三 › 四、结转下年度继续办理 › 申请人情况 › 法人或其他组织 › 其他')
    expect(text).toContain('3 个超出表格范围')
  })
})
