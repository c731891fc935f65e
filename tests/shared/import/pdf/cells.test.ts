import { describe, expect, it } from 'vitest'
import { splitRules } from '../../../../src/shared/import/pdf/boxes'
import { pageCells } from '../../../../src/shared/import/pdf/cells'
import { pageLines } from '../../../../src/shared/import/pdf/lines'
import { tableGrid } from '../../../../src/shared/import/pdf/table'
import type { PdfPage } from '../../../../src/shared/import/pdf/types'
import { centred, grid, page, run } from './make-page'

// Cells of a ruled table: a number the word processor wrapped because its column is too narrow
// (a 总计 column of 859 printed as "85" over "9") is one number; two numbers are never joined.

function tableOf(pages: PdfPage[]) {
  const cells = pages.map((p) => pageCells(pageLines(p).flatMap((l) => l.chunks), p.rules.length > 0 ? splitRules(p.rules) : undefined))
  return tableGrid(cells, '表二')
}

const texts = (rows: ReturnType<typeof tableOf>['rows']) => rows.map((r) => r.map((t) => `${t.col}:${t.text}`))

describe('a number wrapped in a narrow ruled cell', () => {
  // A narrow total column 470–490: two digits fill it (digits are 5 wide at size 10).
  const xs = [90, 230, 470, 490]
  const head = [run('信息内容', 95, 100), centred('数量', 350, 100), run('合', 475, 96), run('计', 475, 108)]

  it('is one number when the first line is full and the whole could not fit', () => {
    const p = page([...head, run('规章', 95, 131), centred('7', 350, 131), run('85', 475, 124), run('9', 477.5, 138)], grid(xs, [88, 112, 142]))
    expect(texts(tableOf([p]).rows)[1]).toEqual(['0:规章', '1:7', '2:859'])
  })

  it('is refused, not joined, when the first line had room for the second (two numbers, a border missing)', () => {
    const wide = [90, 230, 470, 520]
    const p = page([run('信息内容', 95, 100), centred('数量', 350, 100), centred('合计', 495, 100), run('规章', 95, 131), centred('7', 350, 131), run('8', 475, 124), run('5', 475, 138)], grid(wide, [88, 112, 142]))
    const g = tableOf([p])
    expect(g.rows.flat().map((t) => t.text)).not.toContain('85')
    expect(g.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('“规章”一行的数值无法确定') })])
  })
})
