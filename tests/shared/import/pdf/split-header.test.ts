import { describe, expect, it } from 'vitest'
import { splitRules } from '../../../../src/shared/import/pdf/boxes'
import { pageCells } from '../../../../src/shared/import/pdf/cells'
import { pageLines } from '../../../../src/shared/import/pdf/lines'
import { tableGrid } from '../../../../src/shared/import/pdf/table'
import type { PdfPage } from '../../../../src/shared/import/pdf/types'
import { centred, grid, page, run } from './make-page'

// A ruled table whose header row breaks across a page (Word's default "allow row to break across
// pages"; LibreOffice does the same): the two halves are one header.

const XS = [90, 230, 310, 390, 470]

function tableOf(pages: PdfPage[]) {
  const cells = pages.map((p) => pageCells(pageLines(p).flatMap((l) => l.chunks), p.rules.length > 0 ? splitRules(p.rules) : undefined))
  return tableGrid(cells, '表二')
}

const texts = (rows: ReturnType<typeof tableOf>['rows']) => rows.map((r) => r.map((t) => `${t.col}:${t.text}`))

/** The header's first characters at the foot of page 1, in a row cut by the page's end. */
function footOfPage(texts: string[]): PdfPage {
  return page([run(texts[0], 95, 800), ...texts.slice(1).map((t, i) => centred(t, (XS[i + 1] + XS[i + 2]) / 2, 800))], grid(XS, [785, 810]), 1)
}

function topOfPage(header: string[], rows: [string, ...(string | null)[]][]): PdfPage {
  const items = [run(header[0], 95, 52), ...header.slice(1).map((t, i) => centred(t, (XS[i + 1] + XS[i + 2]) / 2, 52))]
  rows.forEach(([label, ...values], r) => {
    const y = 76 + 20 * r
    items.push(run(label, 95, y))
    values.forEach((v, i) => v !== null && items.push(centred(v, (XS[i + 1] + XS[i + 2]) / 2, y)))
  })
  return page(items, grid(XS, [40, 60, ...rows.map((_, r) => 80 + 20 * r)]), 2)
}

describe('a header row cut by a page break', () => {
  it('joins each cell’s halves where the borders line up, and places the rows under it', () => {
    const g = tableOf([footOfPage(['信息', '本年制', '本年废', '现行有']), topOfPage(['内容', '发件数', '止件数', '效件数'], [['规章', '4', null, '6']])])
    expect(texts(g.rows)).toEqual([
      ['0:信息内容', '1:本年制发件数', '2:本年废止件数', '3:现行有效件数'],
      ['0:规章', '1:4', '3:6']
    ])
    expect(g.problems).toEqual([])
  })

  it('does not join a header repeated in full at the top of the next page', () => {
    const full = ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']
    const g = tableOf([footOfPage(full), topOfPage(full, [['规章', '4', '5', '6']])])
    expect(g.rows.flat().map((t) => t.text).filter((t) => t.includes('信息内容'))).toEqual(['信息内容'])
    expect(texts(g.rows).at(-1)).toEqual(['0:规章', '1:4', '2:5', '3:6'])
  })

  it('leaves an unruled header alone: without borders the halves cannot be matched', () => {
    const p1 = page([run('信息', 95, 800), centred('本年制', 270, 800)], [], 1)
    const p2 = page([run('内容', 95, 52), centred('发件数', 270, 52), run('规章', 95, 76), centred('4', 270, 76)], [], 2)
    const rows = texts(tableOf([p1, p2]).rows)
    expect(rows.flat()).not.toContain('0:信息内容')
    expect(rows.flat()).not.toContain('1:本年制发件数')
  })
})
