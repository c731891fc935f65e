import { describe, expect, it } from 'vitest'
import { FORMATS, T3_CORNER, type FormatId } from '../../../src/shared/form'
import type { Report } from '../../../src/shared/report'
import { DEFAULT_TYPOGRAPHY } from '../../../src/shared/settings'
import { renderExport } from '../../../src/main/export'
import { cellText } from '../../../src/main/export/cell-text'
import { textWidthTwips } from '../../../src/main/export/page-setup'
import { all, attr, child, openDocx, readTables, type DocxTable } from './docx-reader'
import { distinct2021Report, fixtureReport } from './reports'

async function tablesOf(report: Report, blankAs: 'zero' | 'slash' = 'zero'): Promise<DocxTable[]> {
  const bytes = await renderExport(report, 'docx', { blankAs, typography: DEFAULT_TYPOGRAPHY })
  return readTables(openDocx(bytes).xml('word/document.xml'))
}

const cellAt = (t: DocxTable, text: string) => t.cells.flat().find((c) => c.text === text)

describe.each([
  ['2019', fixtureReport],
  ['2021', distinct2021Report]
] as const)('Word tables, %s format', (format: FormatId, make: () => Report) => {
  it('writes the three tables with a grid that fills the text width and a width on every cell', async () => {
    const tables = await tablesOf(make())
    expect(tables).toHaveLength(3)
    for (const t of tables) {
      expect(t.gridCols.reduce((a, b) => a + b, 0)).toBe(textWidthTwips(DEFAULT_TYPOGRAPHY))
      expect(attr(child(child(t.el, 'tblPr')!, 'tblLayout'), 'type')).toBe('fixed')
      for (const c of t.cells.flat()) {
        const spanned = t.gridCols.slice(c.col, c.col + c.gridSpan).reduce((a, b) => a + b, 0)
        expect(c.width, `tcW of "${c.text}"`).toBe(spanned)
      }
      // Every row fills the grid exactly.
      for (const row of t.cells) expect(row.reduce((n, c) => n + c.gridSpan, 0)).toBe(t.gridCols.length)
    }
  })

  it('keeps rows whole and never writes a one-row vertical merge', async () => {
    for (const t of await tablesOf(make())) {
      for (const tr of t.rows) expect(all(tr, 'cantSplit')).toHaveLength(1)
      t.cells.forEach((row, r) => {
        for (const c of row.filter((x) => x.vMerge === 'restart')) {
          const below = t.cells[r + 1]?.find((x) => x.col === c.col)
          expect(below?.vMerge, `cell below "${c.text}"`).toBe('continue')
          expect(below?.gridSpan).toBe(c.gridSpan)
        }
        for (const c of row.filter((x) => x.vMerge === 'continue')) {
          const above = t.cells[r - 1].find((x) => x.col === c.col)
          expect(above?.vMerge).toMatch(/restart|continue/)
          expect(c.text).toBe('')
        }
      })
    }
  })

  it('draws 二 as captioned blocks of the format', async () => {
    const [t2] = await tablesOf(make())
    const def = FORMATS[format].tables.t2
    const captions = t2.cells.filter((row) => row.length === 1 && row[0].gridSpan === 4).map((row) => row[0].text)
    expect(captions).toEqual(def.blocks.map((b) => b.caption))
    expect(captions).toHaveLength(format === '2019' ? 5 : 4)
    // A block with one value column stretches it over the other three grid columns.
    const single = def.blocks.find((b) => b.columns.length === 1)
    if (single) expect(cellAt(t2, single.columns[0].label)?.gridSpan).toBe(3)
  })

  it('draws the corner cell, the applicant spans and the result-row merges of 三', async () => {
    const [, t3] = await tablesOf(make())
    const corner = t3.cells[0][0]
    expect(corner.text).toBe(T3_CORNER)
    expect([corner.gridSpan, corner.vMerge]).toEqual([3, 'restart'])
    expect([t3.cells[1][0].gridSpan, t3.cells[1][0].vMerge, t3.cells[2][0].vMerge]).toEqual([3, 'continue', 'continue'])
    expect(cellAt(t3, '申请人情况')?.gridSpan).toBe(7)
    expect(cellAt(t3, '法人或其他组织')?.gridSpan).toBe(5)
    expect(cellAt(t3, '自然人')?.vMerge).toBe('restart')
    expect(cellAt(t3, '总计')?.vMerge).toBe('restart')
    // Header rows repeat on each page.
    expect(t3.rows.map((tr) => all(tr, 'tblHeader').length)).toEqual([1, 1, 1, ...new Array(t3.rows.length - 3).fill(0)])
    // 三 fits on a page, so every row keeps with the next: Word moves the whole table to a new page
    // when it does not fit in what is left, rather than breaking it inside a group.
    const keeps = t3.rows.map((tr) => all(tr, 'p').every((p) => all(p, 'keepNext').length === 1))
    expect(keeps).toEqual([...new Array(t3.rows.length - 1).fill(true), false])

    const rowsSpanned = (text: string) => {
      const c = cellAt(t3, text)!
      let n = 1
      while (t3.cells[c.row + n]?.find((x) => x.col === c.col)?.vMerge === 'continue') n++
      return n
    }
    const def = FORMATS[format].tables.t3
    const inGroup = (key: string) => def.rows.filter((r) => r.groups.some((g) => g.key === key)).length
    expect(rowsSpanned('三、本年度办理结果')).toBe(inGroup('results'))
    expect(rowsSpanned('（三）不予公开')).toBe(8)
    expect(rowsSpanned('（四）无法提供')).toBe(3)
    expect(rowsSpanned('（五）不予处理')).toBe(5)
    if (format === '2021') expect(rowsSpanned('（六）其他处理')).toBe(3)
    else expect(cellAt(t3, '（六）其他处理')?.gridSpan).toBe(2)
    // Rows outside 三、本年度办理结果 span all three label columns.
    expect(cellAt(t3, '一、本年新收政府信息公开申请数量')?.gridSpan).toBe(3)
    expect(cellAt(t3, '（一）予以公开')?.gridSpan).toBe(2)
  })

  it('draws the three header rows of 四', async () => {
    const [, , t4] = await tablesOf(make())
    expect(t4.rows).toHaveLength(4)
    expect(cellAt(t4, '行政复议')?.gridSpan).toBe(5)
    expect(cellAt(t4, '行政诉讼')?.gridSpan).toBe(10)
    expect(cellAt(t4, '未经复议直接起诉')?.gridSpan).toBe(5)
    expect(cellAt(t4, '复议后起诉')?.gridSpan).toBe(5)
    // The five 行政复议 columns span header rows 2 and 3.
    const review = t4.cells[1].filter((c) => c.col < 5)
    expect(review.map((c) => [c.text, c.vMerge])).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((t) => [t, 'restart']))
    expect(t4.cells[2].filter((c) => c.col < 5).every((c) => c.vMerge === 'continue')).toBe(true)
    expect(t4.dense[2].slice(5)).toEqual(new Array(2).fill(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']).flat())
  })

  it('writes every value in the cell of its row and column', async () => {
    const report = make()
    const [t2, t3, t4] = await tablesOf(report)
    const { tables } = FORMATS[format]
    // 二: find each row by its label inside its block, each column by the block's header row.
    let r = 0
    for (const block of tables.t2.blocks) {
      expect(t2.dense[r][0]).toBe(block.caption)
      const header = t2.dense[r + 1]
      for (const [i, row] of block.rows.entries()) {
        const line = t2.dense[r + 2 + i]
        expect(line[0]).toBe(row.label)
        for (const column of block.columns) {
          const c = header.indexOf(column.label)
          expect(line[c], `${row.label} › ${column.label}`).toBe(cellText(report.cells[`t2.${row.key}.${column.key}`], 'zero'))
        }
      }
      r += 2 + block.rows.length
    }
    // 三: rows by their own label (third label column), columns by the header leaf labels.
    const leaves = t3.dense[2]
    for (const row of tables.t3.rows) {
      const line = t3.dense.find((l) => l[2] === row.label)
      expect(line, row.label).toBeDefined()
      for (const column of tables.t3.columns) {
        expect(line![leaves.indexOf(column.label, 3)], `${row.label} › ${column.label}`).toBe(cellText(report.cells[`t3.${row.key}.${column.key}`], 'zero'))
      }
    }
    // 四: group from rows 1–2, outcome from row 3.
    tables.t4.columns.forEach((column, c) => {
      expect([t4.dense[2][c], t4.dense[3][c]]).toEqual([column.label, cellText(report.cells[`t4.${column.key}`], 'zero')])
    })
  })
})

describe('blank cells, "/" and text in a number cell', () => {
  const report = () => {
    const r = distinct2021Report()
    r.cells['t3.new.natural'] = null
    r.cells['t3.new.research'] = '/'
    r.cells['t3.new.legal'] = '约5件'
    r.cells['t4.review.upheld'] = null
    return r
  }
  const newRow = (t3: DocxTable) => t3.dense.find((l) => l[2] === '一、本年新收政府信息公开申请数量')!

  it('writes a blank as 0 when asked', async () => {
    const r = report()
    const [, t3, t4] = await tablesOf(r, 'zero')
    expect(newRow(t3).slice(3, 8)).toEqual(['0', String(r.cells['t3.new.commercial']), '/', String(r.cells['t3.new.nonprofit']), '约5件'])
    expect(t4.dense[3][0]).toBe('0')
  })

  it('writes a blank as "/" when asked, and never leaves a value cell empty', async () => {
    const [t2, t3, t4] = await tablesOf(report(), 'slash')
    expect(newRow(t3)[3]).toBe('/')
    expect(newRow(t3)[5]).toBe('/')
    expect(t4.dense[3][0]).toBe('/')
    for (const t of [t2, t3, t4]) for (const line of t.dense) for (const text of line) expect(text).not.toBe('')
  })
})
