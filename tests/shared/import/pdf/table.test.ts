import { describe, expect, it } from 'vitest'
import { splitRules } from '../../../../src/shared/import/pdf/boxes'
import { pageCells } from '../../../../src/shared/import/pdf/cells'
import { pageLines } from '../../../../src/shared/import/pdf/lines'
import { tableGrid } from '../../../../src/shared/import/pdf/table'
import type { PdfPage } from '../../../../src/shared/import/pdf/types'
import { centred, grid, page, run } from './make-page'

// Three value columns centred on 270, 350 and 430; the label column left of 230.

function gridOf(p: PdfPage) {
  const rules = p.rules.length > 0 ? splitRules(p.rules) : undefined
  return tableGrid([pageCells(pageLines(p).flatMap((l) => l.chunks), rules)], '表二')
}

const cellsOf = (rows: ReturnType<typeof gridOf>['rows']) => rows.map((r) => r.map((t) => `${t.col}:${t.text}`))

function header(y: number) {
  return [run('信息内容', 100, y), centred('本年制发件数', 270, y), centred('本年废止件数', 350, y), centred('现行有效件数', 430, y)]
}

describe('rebuilding a table from text positions', () => {
  it('places values under their header columns, a blank cell leaving its column empty', () => {
    const p = page([...header(100), run('规章', 100, 120), centred('4', 270, 120), centred('9', 430, 120), run('行政规范性文件', 100, 140), centred('1', 350, 140)])
    expect(cellsOf(gridOf(p).rows)).toEqual([
      ['0:信息内容', '1:本年制发件数', '2:本年废止件数', '3:现行有效件数'],
      ['0:规章', '1:4', '3:9'],
      ['0:行政规范性文件', '2:1']
    ])
  })

  it('does the same with ruling lines, whatever the values’ alignment in their cells', () => {
    const xs = [90, 230, 310, 390, 470]
    const ys = [88, 104, 124, 144]
    // Left-aligned values: far from their header's centre, but inside its borders.
    const p = page([...header(100), run('规章', 100, 120), run('4', 232, 120), run('9', 392, 120), run('行政规范性文件', 100, 140), run('1', 312, 140)], grid(xs, ys))
    expect(cellsOf(gridOf(p).rows)).toEqual([
      ['0:信息内容', '1:本年制发件数', '2:本年废止件数', '3:现行有效件数'],
      ['0:规章', '1:4', '3:9'],
      ['0:行政规范性文件', '2:1']
    ])
  })

  it('joins a label wrapped over two lines in its cell, the values centred between the lines', () => {
    const xs = [90, 230, 310, 390, 470]
    const ys = [88, 104, 134]
    const p = page([...header(100), run('其他对外管理服', 95, 116), run('务事项', 95, 130), centred('7', 270, 123)], grid(xs, ys))
    expect(cellsOf(gridOf(p).rows)[1]).toEqual(['0:其他对外管理服务事项', '1:7'])
  })

  it('refuses a row with a value outside every column rather than guess', () => {
    const p = page([...header(100), run('规章', 100, 120), centred('4', 270, 120), centred('5', 560, 120)])
    const g = gridOf(p)
    expect(cellsOf(g.rows)[1]).toEqual(['0:规章'])
    expect(g.problems).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('“规章”一行的数值无法确定') })])
  })

  it('never joins two numbers set apart into one, even inside one cell', () => {
    const xs = [90, 230, 470]
    const ys = [88, 104, 124]
    const p = page([run('信息内容', 100, 100), centred('合计', 350, 100), run('规章', 100, 120), run('3', 340, 120), run('1', 348, 120)], grid(xs, ys))
    const g = gridOf(p)
    expect(g.rows.flat().map((t) => t.text)).not.toContain('31')
    expect(g.problems).toHaveLength(1)
  })

  it('drops a header repeated at the top of the next page and keeps its columns', () => {
    const p1 = page([...header(100), run('规章', 100, 120), centred('4', 270, 120), centred('5', 350, 120), centred('6', 430, 120)])
    const p2 = { ...page([...header(100), run('行政规范性文件', 100, 120), centred('7', 430, 120)]), number: 2 }
    const cells = [p1, p2].map((p) => pageCells(pageLines(p).flatMap((l) => l.chunks), undefined))
    expect(cellsOf(tableGrid(cells, '表二').rows)).toEqual([
      ['0:信息内容', '1:本年制发件数', '2:本年废止件数', '3:现行有效件数'],
      ['0:规章', '1:4', '2:5', '3:6'],
      ['0:行政规范性文件', '3:7']
    ])
  })

  it('places no value when no header gives the columns (guessing would shift values after a blank)', () => {
    const p = page([run('规章', 100, 120), centred('4', 270, 120), centred('9', 430, 120)])
    const g = gridOf(p)
    expect(cellsOf(g.rows)).toEqual([['0:规章']])
    expect(g.problems[0].message).toContain('缺少可识别的表头')
  })

  it('gives a header cell over several columns their span (table 四’s groups)', () => {
    const p = page(
      [centred('行政复议', 150, 100), centred('行政诉讼', 300, 100), centred('维持', 120, 120), centred('纠正', 180, 120), centred('维持', 240, 120), centred('纠正', 300, 120)]
        .concat([120, 180, 240, 300].map((x, i) => centred(String(i), x, 140))),
      // Outer border, the two groups' border through all rows, the four columns under the groups.
      [...grid([90, 210, 330], [88, 104, 124, 144]), ...[150, 270].map((x) => ({ x0: x, y0: 104, x1: x, y1: 144 }))]
    )
    const [head, data] = gridOf(p).rows
    expect(head.filter((t) => (t.colSpan ?? 1) > 1).map((t) => [t.text, t.col, t.colSpan])).toEqual([
      ['行政复议', 1, 2],
      ['行政诉讼', 3, 2]
    ])
    expect(data.map((t) => `${t.col}:${t.text}`)).toEqual(['1:0', '2:1', '3:2', '4:3'])
  })
})
