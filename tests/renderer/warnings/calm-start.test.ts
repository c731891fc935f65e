import { describe, expect, it } from 'vitest'
import { cellsOf } from '../../../src/shared/form'
import { newReport } from '../../../src/shared/report'
import { checkReport } from '../../../src/shared/rules'
import { calmWarnings, forCellMarks, tableProgress } from '../../../src/renderer/src/warnings/calm-start'
import { indexWarnings } from '../../../src/renderer/src/warnings/warning-index'

const fresh = () => newReport({ agency: '平静测试局', year: 2025 })
const t3Keys = cellsOf('2021').filter((c) => c.table === 't3').map((c) => c.key)

describe('a calm start', () => {
  it('counts the filled cells of each table', () => {
    const r = fresh()
    expect(tableProgress('2021', r.cells).get('t3')).toEqual({ filled: 0, total: t3Keys.length })
    r.cells['t3.carriedOver.natural'] = 2
    r.cells['t3.carriedOver.total'] = '/'
    expect(tableProgress('2021', r.cells).get('t3')).toEqual({ filled: 2, total: t3Keys.length })
  })

  it('keeps one warning for a table not started, without a mark on each of its cells', () => {
    const r = fresh()
    const shown = calmWarnings(checkReport(r), '2021', r.cells)
    const t3 = shown.filter((w) => w.rule === 'E4' && w.section === 't3')
    expect(t3).toHaveLength(1)
    const marks = indexWarnings(forCellMarks(shown)).marks
    expect(t3Keys.some((k) => marks.has(k))).toBe(false)
  })

  it('after last year is carried over (one row filled), rows not started raise nothing; a started row names its blanks', () => {
    const r = fresh()
    for (const k of t3Keys.filter((k) => k.startsWith('t3.carriedOver.'))) r.cells[k] = 1
    const all = checkReport(r).filter((w) => w.rule === 'E4' && w.section === 't3')
    expect(all.length).toBeGreaterThan(20) // the engine (and the export check) still lists every blank row
    let shown = calmWarnings(checkReport(r), '2021', r.cells).filter((w) => w.rule === 'E4' && w.section === 't3')
    expect(shown).toEqual([])
    r.cells['t3.new.natural'] = 3
    shown = calmWarnings(checkReport(r), '2021', r.cells).filter((w) => w.rule === 'E4' && w.section === 't3')
    expect(shown.map((w) => w.fingerprint)).toEqual(['E4:t3.new'])
    expect(indexWarnings(forCellMarks(shown)).marks.get('t3.new.commercial')).toBe('warning')
  })

  it('a row holding only "/" counts as started: the "/" is reported', () => {
    const r = fresh()
    r.cells['t3.carriedOver.natural'] = 1
    r.cells['t3.granted.natural'] = '/'
    const shown = calmWarnings(checkReport(r), '2021', r.cells).filter((w) => w.rule === 'E4')
    expect(shown.map((w) => w.fingerprint)).toContain('E4:t3.granted')
  })
})
