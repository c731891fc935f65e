import { describe, expect, it } from 'vitest'
import { denseGrid, MAX_GRID_CELLS } from '../../../src/shared/import/grid'
import { htmlBlocks } from '../../../src/shared/import/html'
import { MAX_HTML_NESTING, MAX_HTML_NODES } from '../../../src/shared/import/html-dom'
import type { Token } from '../../../src/shared/import/tokens'
import { ImportError } from '../../../src/shared/import/types'

// Web pages read as a browser parses them (parse5), with bounds: what the old regex tokenizer got
// wrong or took quadratic time on.

const paras = (html: string) => htmlBlocks(html).flatMap((b) => (b.kind === 'para' ? [b.text] : []))
const grid = (html: string) => htmlBlocks(html).flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.map((c: Token) => [c.text, c.row, c.col]))] : []))

describe('web pages as browsers parse them', () => {
  it('drops comments, scripts and styles, closed or not', () => {
    expect(paras('<p>一</p><!-- <p>注释</p> --><script>if (a<b) document.write("<p>脚本</p>")</script><style>p{}</style><p>二</p>')).toEqual(['一', '二'])
    expect(paras('<p>一</p><!-- 从未结束 <p>二</p>')).toEqual(['一'])
    expect(paras('<p>一</p><script>var s = "<p>二</p>";')).toEqual(['一'])
  })

  it('decodes every named entity, with or without the semicolon where browsers accept that', () => {
    expect(paras('<p>&notin;&frac12;&hellip;&yen;&copy &amp;lt;&nbsp;&#x4e2d;&#25991;</p>')).toEqual(['∉½…¥© &lt; 中文'])
  })

  it('closes implied end tags: cells, rows and paragraphs without their end tags', () => {
    expect(grid('<table><tr><td>项目<td>数量<tr><td>甲<td>1</table>')).toEqual([
      [
        [['项目', 0, 0], ['数量', 0, 1]],
        [['甲', 1, 0], ['1', 1, 1]]
      ]
    ])
    expect(paras('<p>一<p>二<div>三</div>')).toEqual(['一', '二', '三'])
  })

  it('keeps empty cells as blank cells in their grid positions, after rowspan and colspan', () => {
    expect(grid('<table><tr><td rowspan="2">甲<td colspan="2"><td>&nbsp;<tr><td><td>2<td></table>')).toEqual([
      [
        [['甲', 0, 0], ['', 0, 1], ['', 0, 3]],
        [['', 1, 1], ['2', 1, 2], ['', 1, 3]]
      ]
    ])
  })

  it('collapses runs of spaces and &nbsp; and trims lines, in linear time', () => {
    expect(paras(`<p>&nbsp;&nbsp;一 &nbsp; 二${'&nbsp;'.repeat(200_000)}x</p>`)).toEqual(['一 二 x'])
  })

  it('reads content nested deeper than any real page as plain text', () => {
    expect(paras(`${'<div>'.repeat(1000)}深处<p>的文字</p>`).join('')).toContain('深处')
    expect(paras(`${'<div>'.repeat(MAX_HTML_NESTING - 10)}深处<p>的文字</p>`).join('')).toContain('深处')
  })
})

describe('bounds', () => {
  it('stops a page with more nodes than any report page', () => {
    expect(() => htmlBlocks('<p>1'.repeat(MAX_HTML_NODES))).toThrow(ImportError)
    expect(() => htmlBlocks('<p>1'.repeat(MAX_HTML_NODES))).toThrow(/网页的元素过多/)
    expect(() => htmlBlocks('<!---->'.repeat(MAX_HTML_NODES + 1))).toThrow(/网页的元素过多/)
  })

  it('stops a flood of unclosed tags as soon as it nests deeper than the cap', () => {
    expect(() => htmlBlocks('<b>1'.repeat(MAX_HTML_NESTING + 1))).toThrow(/网页的标签嵌套过深（超过5000层/)
    expect(() => htmlBlocks('<div>'.repeat(MAX_HTML_NESTING + 1))).toThrow(ImportError)
    // Sloppy but real: formatting left open in each paragraph is closed with it, however many.
    expect(htmlBlocks('<p><font>段<b>落'.repeat(MAX_HTML_NESTING + 1)).length).toBeGreaterThan(MAX_HTML_NESTING)
  })

  it('cuts a rowspan at the table’s last row, so a tall span costs nothing', () => {
    const rows = [{ cells: [{ text: '甲', colSpan: 64, rowSpan: 1e9 }] }, { cells: [{ text: '乙', colSpan: 1 }] }]
    expect(denseGrid(rows, 1).map((r) => r.map((c) => [c.text, c.row, c.col]))).toEqual([[['甲', 0, 0]], [['乙', 1, 64]]])
  })

  it('refuses a table whose grid (rows × columns) is larger than any report table', () => {
    const wide = [{ cells: Array.from({ length: MAX_GRID_CELLS / 64 + 1 }, () => ({ text: '1', colSpan: 64 })) }]
    expect(() => denseGrid(wide, 3)).toThrow(/表格3过大/)
    expect(() => htmlBlocks(`<table>${'<tr><td rowspan="500" colspan="64">1'.repeat(2000)}</table>`)).toThrow(/表格1过大（2000行/)
  })
})
