import { describe, expect, it } from 'vitest'
import { FORMATS, tableLayout } from '../../../src/shared/form'

describe('table layout derived from the definition', () => {
  const t3 = tableLayout(FORMATS['2021'].tables.t3)
  const t4 = tableLayout(FORMATS['2021'].tables.t4)

  it('draws the 3 × 3 corner cell of 三 with the 勾稽关系 note', () => {
    const corner = t3.rows[0].cells[0]
    expect(corner).toMatchObject({ kind: 'corner', colSpan: 3, rowSpan: 3 })
    expect(corner.text).toContain('第一项加第二项之和，等于第三项加第四项之和')
    expect(t3.headerRows).toBe(3)
  })

  it('merges 申请人情况 over 7 columns and 法人或其他组织 over 5, with 自然人 and 总计 spanning two rows', () => {
    const [r0, r1, r2] = t3.rows
    expect(r0.cells[1]).toMatchObject({ text: '申请人情况', colSpan: 7, rowSpan: 1 })
    expect(r1.cells.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ['自然人', 1, 2], ['法人或其他组织', 5, 1], ['总计', 1, 2]
    ])
    expect(r2.cells.map((c) => c.text)).toEqual(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])
  })

  it('merges 三、本年度办理结果 over all result rows and each group cell over its rows', () => {
    const body = t3.rows.slice(3)
    const results = body[2].cells[0]
    expect(results).toMatchObject({ text: '三、本年度办理结果', rowSpan: 22 })
    const denied = body[4].cells.find((c) => c.text === '（三）不予公开')
    expect(denied).toMatchObject({ col: 1, rowSpan: 8 })
    const other = body.flatMap((r) => r.cells).find((c) => c.text === '（六）其他处理')
    expect(other).toMatchObject({ rowSpan: 3 })
    expect(body[0].cells[0]).toMatchObject({ text: '一、本年新收政府信息公开申请数量', colSpan: 3 })
    expect(body[2].cells[1]).toMatchObject({ text: '（一）予以公开', col: 1, colSpan: 2 })
  })

  it('keeps 2019 （六）其他处理 as one row spanning two label columns', () => {
    const t3old = tableLayout(FORMATS['2019'].tables.t3)
    const cell = t3old.rows.flatMap((r) => r.cells).find((c) => c.text === '（六）其他处理')
    expect(cell).toMatchObject({ colSpan: 2, rowSpan: 1, kind: 'label' })
  })

  it('every body row of 三 covers all 10 grid columns', () => {
    // Sum the spans each grid row receives, counting cells merged from above.
    const covered = t3.rows.map(() => 0)
    t3.rows.forEach((row, r) => {
      for (const c of row.cells) for (let k = 0; k < c.rowSpan; k++) covered[r + k] += c.colSpan
    })
    expect(covered.every((n) => n === 10)).toBe(true)
  })

  it('draws the three header rows of 四', () => {
    expect(t4.headerRows).toBe(3)
    expect(t4.rows[0].cells.map((c) => [c.text, c.colSpan])).toEqual([['行政复议', 5], ['行政诉讼', 10]])
    expect(t4.rows[1].cells.slice(0, 5).every((c) => c.rowSpan === 2)).toBe(true)
    expect(t4.rows[1].cells.slice(5).map((c) => [c.text, c.colSpan])).toEqual([['未经复议直接起诉', 5], ['复议后起诉', 5]])
    expect(t4.rows[2].cells).toHaveLength(10)
    expect(t4.rows[3].cells.map((c) => c.cellKey)[0]).toBe('t4.review.upheld')
  })

  it('draws 二 as four captioned blocks in 2021, stretching single value columns over three', () => {
    const t2 = tableLayout(FORMATS['2021'].tables.t2)
    const captions = t2.rows.filter((r) => r.kind === 'caption').map((r) => r.cells[0].text)
    expect(captions).toEqual(['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'])
    const fees = t2.rows.flatMap((r) => r.cells).find((c) => c.cellKey === 't2.fees.amount')
    expect(fees).toMatchObject({ col: 1, colSpan: 3 })
  })
})
