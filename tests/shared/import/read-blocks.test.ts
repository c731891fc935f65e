import { describe, expect, it } from 'vitest'
import { denseGrid, type RawRow } from '../../../src/shared/import/grid'
import { htmlBlocks } from '../../../src/shared/import/html'
import { readBlocks, type DocBlock } from '../../../src/shared/import/read-blocks'

// Table 三 read from a grid: rows and columns by label, values of every written form, extra
// subtotal rows and text that is not a number reported with their place.

const cell = (text: string, colSpan = 1, rowSpan = 1) => ({ text, colSpan, rowSpan })
const COLS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']

function t3Rows(): RawRow[] {
  return [
    { cells: [cell('', 3, 3), cell('申请人情况', 7)] },
    { cells: [cell('自然人', 1, 2), cell('法人或其他组织', 5), cell('总计', 1, 2)] },
    { cells: COLS.slice(1, 6).map((c) => cell(c)) },
    { cells: [cell('一、本年新收政府信息公开申请数量', 3), ...['12', '1', '0', '0', '0', '0', '13'].map((v) => cell(v))] },
    { cells: [cell('二、上年结转政府信息公开申请数量', 3), ...['—', '/', '0件', '０', ' 0 ', '', '+0'].map((v) => cell(v))] },
    { cells: [cell('三、本年度办理结果', 1, 3), cell('（一）予以公开', 2), ...['暂无', '0', '0', '0', '0', '0', '3'].map((v) => cell(v))] },
    { cells: [cell('（三）不予公开', 1, 2), cell('小计'), ...['9', '9', '9', '9', '9', '9', '9'].map((v) => cell(v))] },
    { cells: [cell('1、属于国家秘密'), ...['1', '0', '0', '0', '0', '0', '1'].map((v) => cell(v))] }
  ]
}

const read = (blocks: DocBlock[]) => readBlocks(blocks, { kind: 'docx', fileName: 'x.docx', fallbackYear: 2021 })

describe('table 三 from a grid', () => {
  const r = read([{ kind: 'para', text: '某局2021年政府信息公开工作年度报告', where: '第1段' }, { kind: 'table', rows: denseGrid(t3Rows(), 1) }])

  it('reads values under merged headers and label cells', () => {
    expect(r.report.cells['t3.new.natural']).toBe(12)
    expect(r.report.cells['t3.new.total']).toBe(13)
    expect(r.report.cells['t3.denied.stateSecret.natural']).toBe(1)
  })

  it('reads every written form of a value', () => {
    const row = ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'].map((c) => r.report.cells[`t3.carriedOver.${c}`])
    expect(row).toEqual(['/', '/', 0, 0, 0, null, 0])
  })

  it('keeps text that is not a number and names the cell', () => {
    expect(r.report.cells['t3.granted.natural']).toBe('暂无')
    const p = r.problems.find((x) => x.cellKey === 't3.granted.natural')
    expect(p?.message).toContain('“暂无”不是数字')
    expect(p?.where).toBe('表格1 第6行第4列')
  })

  it('skips an extra subtotal row and says so', () => {
    expect(r.problems.some((x) => x.message.includes('“小计”一行不是标准格式的行'))).toBe(true)
    expect(Object.values(r.report.cells)).not.toContain(9)
  })
})

describe('web pages', () => {
  it('reads rowspan/colspan tables inside layout tables, and the text around them', () => {
    const html = `<table><tr><td><table><tr><td>
      <p>某局2021年政府信息公开工作年度报告</p><p>一、总体情况</p><p>概述&ldquo;一&rdquo;。</p>
      <p>四、政府信息公开行政复议、行政诉讼情况</p>
      <table><tr><td colspan=5>行政复议</td><td colspan=10>行政诉讼</td></tr>
      <tr><td rowspan=2>结果维持<td rowspan=2>结果纠正<td rowspan=2>其他结果<td rowspan=2>尚未审结<td rowspan=2>总计<td colspan=5>未经复议直接起诉<td colspan=5>复议后起诉
      <tr>${'<td>结果维持<td>结果纠正<td>其他结果<td>尚未审结<td>总计'.repeat(2)}
      <tr>${[1, 0, 0, 0, 1, 0, 0, 0, 2, 2, 0, 0, 0, 0, 0].map((v) => `<td>${v}`).join('')}
      </table><p>五、存在的主要问题及改进情况</p><p>无</p></td></tr></table></td></tr></table>`
    const r = read(htmlBlocks(html))
    expect(r.report.cells['t4.review.upheld']).toBe(1)
    expect(r.report.cells['t4.suitDirect.pending']).toBe(2)
    expect(r.report.cells['t4.suitAfterReview.total']).toBe(0)
    expect(r.report.text.overview).toBe('概述“一”。')
  })
})

describe('table 二 from a grid', () => {
  it('finds a value typed in any grid column under its merged header', () => {
    const rows: RawRow[] = [
      { cells: [cell('第二十条第（五）项', 4)] },
      { cells: [cell('信息内容'), cell('本年处理决定数量', 3)] },
      { cells: [cell('行政许可'), cell(''), cell('57'), cell('')] }
    ]
    const r = read([{ kind: 'table', rows: denseGrid(rows, 1) }])
    expect(r.report.cells['t2.licensing.decisions']).toBe(57)
    expect(r.cells['t2.licensing.decisions'].where).toBe('表格1 第3行第3列')
  })
})
