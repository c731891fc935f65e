import { describe, expect, it } from 'vitest'
import { cellNotes, cellsOf, ROWS_WITHOUT_NOTES, type LayoutId } from '../../../src/shared/form'
import { T2_COLUMN_NOTES, T2_ROW_NOTES } from '../../../src/shared/form/notes/t2'
import { T3_COLUMN_NOTES, T3_ROW_NOTES } from '../../../src/shared/form/notes/t3'

const LAYOUT_IDS: LayoutId[] = ['2019', '2021', '2021-other2019']

describe('填报说明', () => {
  it.each(LAYOUT_IDS)('every cell of the %s layout has a column note, and a row note unless its row is deliberately without', (layout) => {
    const missing: string[] = []
    for (const info of cellsOf(layout)) {
      const notes = cellNotes(layout, info.key)!
      if (notes.column.length === 0) missing.push(`${info.key} (column)`)
      const deliberate = ROWS_WITHOUT_NOTES[info.table]?.includes(info.row.key) ?? false
      if (notes.row.length === 0 && !deliberate) missing.push(`${info.key} (row)`)
      if (deliberate) expect(notes.row).toEqual([])
    }
    expect(missing).toEqual([])
  })

  it('has no note for a key the forms do not have (no stale or misspelt keys)', () => {
    const rows = new Set<string>()
    const t2Columns = new Set<string>()
    const t3Columns = new Set<string>()
    for (const layout of LAYOUT_IDS) {
      for (const info of cellsOf(layout)) {
        if (info.table === 't4') continue
        rows.add(`${info.table}:${info.row.key}`)
        if (info.table === 't3') t3Columns.add(info.column.key)
      }
    }
    for (const key of Object.keys(T2_ROW_NOTES)) expect(rows.has(`t2:${key}`), key).toBe(true)
    for (const key of Object.keys(T3_ROW_NOTES)) expect(rows.has(`t3:${key}`), key).toBe(true)
    for (const key of Object.keys(T3_COLUMN_NOTES)) expect(t3Columns.has(key), key).toBe(true)
    // 表二's column notes are keyed by block: every one must be reached by some cell.
    for (const layout of LAYOUT_IDS) for (const info of cellsOf(layout)) if (info.table === 't2') t2Columns.add(cellNotes(layout, info.key)!.column[0].text)
    for (const [key, notes] of Object.entries(T2_COLUMN_NOTES)) expect(t2Columns.has(notes[0].text), key).toBe(true)
  })

  it('quotes the official form only where it prints the words, and says so', () => {
    const partial = cellNotes('2021', 't3.partial.natural')!.row
    expect(partial[0]).toMatchObject({ text: '区分处理的，只计这一情形，不计其他情形。', source: { kind: 'form' } })
    const balance = cellNotes('2019', 't3.carriedForward.total')!.row.find((n) => n.source.kind === 'form')
    expect(balance?.text).toContain('第一项加第二项之和，等于第三项加第四项之和')
    // Every official note names its source; every other note is marked as ours.
    for (const layout of LAYOUT_IDS)
      for (const info of cellsOf(layout)) {
        const { row, column } = cellNotes(layout, info.key)!
        for (const n of [...row, ...column]) {
          if (n.source.kind === 'ours') continue
          expect(n.source.cite).toMatch(/国办公开办函〔20(16|19|21)〕\d+号/)
        }
      }
  })

  it('tells columns that share a key apart by their block (表二 金额: 收费 in 万元 vs 采购)', () => {
    expect(cellNotes('2021', 't2.fees.amount')!.column[0].text).toContain('万元')
    expect(cellNotes('2019', 't2.procurement.amount')!.column[0].text).toContain('采购')
    expect(cellNotes('2021', 't4.suitDirect.total')!.column.map((n) => n.source.kind)).toEqual(['ours', 'notice', 'ours'])
    expect(cellNotes('2021', 'nope')).toBeUndefined()
  })
})
