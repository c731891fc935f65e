import { describe, expect, it } from 'vitest'
import { pdfBlocks } from '../../../../src/shared/import/pdf/blocks'
import { isPageNumber } from '../../../../src/shared/import/pdf/furniture'
import { joinRuns, pageLines, withoutStruck } from '../../../../src/shared/import/pdf/lines'
import { readBlocks } from '../../../../src/shared/import/read-blocks'
import { centred, page, run } from './make-page'

// The running text of a PDF: lines back to paragraphs, page furniture left out, struck text dropped.

const paras = (pages: ReturnType<typeof page>[]) => pdfBlocks(pages).blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : []))

describe('page furniture', () => {
  it('knows page numbers as offices print them', () => {
    for (const s of ['— 3 —', '- 3 -', '3', '第3页', '第 3 页 共 7 页', '3/7']) expect([s, isPageNumber(s)]).toEqual([s, true])
    for (const s of ['2021', '第三条', '3件']) expect([s, isPageNumber(s)]).toEqual([s, false])
  })

  it('drops page numbers and a running head, keeps a number in the body', () => {
    const body = (n: number) => [run('某局年度报告', 260, 40), run('一、总体情况', 110, 150), run('全年公开信息', 110, 180), run('12', 110, 400), centred(`— ${n} —`, 300, 800)]
    const text = paras([page(body(1), [], 1), page(body(2), [], 2)])
    expect(text.join('|')).not.toMatch(/—|某局年度报告/)
    expect(text.filter((t) => t === '12')).toHaveLength(2)
  })
})

describe('paragraphs', () => {
  it('joins lines that run to the margin, starts anew at an indented line, and continues over a page break', () => {
    const full = (text: string, x: number, y: number) => ({ ...run(text, x, y), width: 500 - x })
    const p1 = page([full('第一段第一行', 80, 100), run('第一段末行。', 80, 115), full('第二段首行缩进', 100, 130), full('第二段第二行', 80, 145), full('第二段跨页', 80, 160)], [], 1)
    const p2 = page([run('的末行。', 80, 100), run('第三段。', 100, 115)], [], 2)
    expect(paras([p1, p2])).toEqual(['第一段第一行第一段末行。', '第二段首行缩进第二段第二行第二段跨页的末行。', '第三段。'])
  })

  it('puts a space only between Latin words or numbers set apart', () => {
    expect([joinRuns('共', '12', 3, 10), joinRuns('page', '3', 3, 10), joinRuns('要求 ', '，', 0, 10)]).toEqual(['共12', 'page 3', '要求，'])
  })
})

describe('struck-out text', () => {
  it('drops the characters under a strike line, keeps the rest of the run', () => {
    const it = run('31', 100, 200, 12)
    const strike = { x0: 100, y0: 195.5, x1: 106, y1: 195.5 }
    expect(withoutStruck(it, [strike])).toMatchObject({ text: '1', x: 106 })
    const underline = { x0: 106, y0: 201.5, x1: 112, y1: 201.5 }
    expect(withoutStruck(it, [underline]).text).toBe('31')
    expect(pageLines(page([it], [strike]))[0].text).toBe('1')
  })
})

describe('a whole PDF page to the import', () => {
  it('reads a table with a blank cell under its section heading, every value in its column', () => {
    const items = [
      run('某县某局2021年度政府信息公开工作年度报告', 90, 60, 16),
      run('一、总体情况', 90, 100),
      run('全年主动公开信息100条。', 90, 115),
      run('二、主动公开政府信息情况', 90, 140),
      run('第二十条第（一）项', 90, 160),
      run('信息内容', 100, 175),
      centred('本年制发件数', 270, 175),
      centred('本年废止件数', 350, 175),
      centred('现行有效件数', 430, 175),
      run('规章', 100, 190),
      centred('4', 270, 190),
      centred('9', 430, 190),
      run('三、收到和处理政府信息公开申请情况', 90, 230)
    ]
    const r = readBlocks(pdfBlocks([page(items)]).blocks, { kind: 'pdf', fileName: 'x.pdf', fallbackYear: 2020 })
    expect([r.report.agency, r.report.year, r.report.text.overview]).toEqual(['某县某局', 2021, '全年主动公开信息100条。'])
    expect([r.report.cells['t2.regulations.issued'], r.report.cells['t2.regulations.repealed'], r.report.cells['t2.regulations.inForce']]).toEqual([4, null, 9])
  })
})
