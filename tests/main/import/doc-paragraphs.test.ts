import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { docBlocks, MAX_DOC_CELLS } from '../../../src/main/import/doc-blocks'
import { cleanInline, docParagraphs } from '../../../src/main/import/doc-paragraphs'

const fixture = (name: string) => readFileSync(resolve(__dirname, '../../fixtures', name))

describe('a .doc read as paragraphs and tables', () => {
  it('keeps a field’s result and drops its code, nested fields included', () => {
    expect(cleanInline('共\x13 PAGE \x14３\x15页')).toBe('共３页')
    expect(cleanInline('\x13 IF \x13 PAGE \x14 1\x15 = 1 "是" \x14是\x15')).toBe('是')
    expect(cleanInline('第一行\x0b第二行\x00')).toBe('第一行\n第二行')
    // Unbalanced marks: a stray end or separator changes nothing; a code never closed hides the rest.
    expect(cleanInline('甲\x15乙\x14丙')).toBe('甲乙丙')
    expect(cleanInline('甲\x13 PAGE \x14３\x14４\x15乙')).toBe('甲３４乙')
    expect(cleanInline(`甲${'\x13'.repeat(300_000)}乙`)).toBe('甲') // linear: a count, not a scan per character
  })

  it('refuses more table cells than any report has', () => {
    const cell = { text: '1', end: '\x07', inTable: true, rowEnd: false, depth: 1 }
    const row = { text: '', end: '\x07', inTable: true, rowEnd: true, depth: 1 }
    const many = (n: number) => Array.from({ length: n }, (_, i) => ((i + 1) % 101 === 0 ? row : cell))
    expect(docBlocks(many(10_000)).length).toBe(1)
    expect(() => docBlocks(many(MAX_DOC_CELLS * 1.02))).toThrow(/表格单元格过多（超过5万个）/)
  })

  it('ends a table at its last row, so the heading after it stays a paragraph', async () => {
    const blocks = docBlocks(await docParagraphs(fixture('app-2021-resaved.doc')))
    const i = blocks.findIndex((b) => b.kind === 'para' && b.text === '四、政府信息公开行政复议、行政诉讼情况')
    expect(i).toBeGreaterThan(0)
    expect(blocks[i - 1].kind).toBe('table')
    expect(blocks[i + 1].kind).toBe('table')
  })

  it('places blank cells in their grid columns', async () => {
    const blocks = docBlocks(await docParagraphs(fixture('app-2021-blanks-resaved.doc')))
    const rows = blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []))
    const row = rows.find((r) => r.some((c) => c.text === '一、本年新收政府信息公开申请数量'))!
    const values = row.filter((c) => (c.col ?? 0) >= 3)
    expect(values.map((c) => [c.col, c.text])).toEqual([[3, '42'], [4, '5'], [5, ''], [6, '1'], [7, '2'], [8, ''], [9, '50']])
  })
})
