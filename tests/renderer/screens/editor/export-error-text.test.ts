import { describe, expect, it } from 'vitest'
import { newReport } from '../../../../src/shared/report'
import { checkReport, type Warning } from '../../../../src/shared/rules'
import { exportErrorText } from '../../../../src/renderer/src/screens/editor/export-error-text'

const report = () => newReport({ agency: '某某市某某局', year: 2025, id: 'r1', now: new Date('2026-01-05T00:00:00Z') })

describe('the export dialog error line (F2)', () => {
  it('a C3 error of row 一 is said once: the message names the row, no location prefix', () => {
    const r = report()
    for (const k of Object.keys(r.cells)) r.cells[k] = 0
    r.cells['t3.new.natural'] = 64
    const c3 = checkReport(r).find((w) => w.rule === 'C3')
    expect(c3).toBeDefined()
    const line = exportErrorText(r.format, c3!)
    expect(line).toBe(c3!.message)
    expect(line.startsWith('表三')).toBe(true)
    expect(line).not.toContain('›')
  })

  it('a message that does not name its table gets the cell location first', () => {
    const w: Warning = { rule: 'C6', severity: 'error', cells: ['t3.new.natural'], section: 't3', message: '填的不是数字', fingerprint: 'x' }
    const line = exportErrorText('2021', w)
    expect(line.startsWith('表三')).toBe(true)
    expect(line.endsWith('：填的不是数字')).toBe(true)
  })

  it('a warning without cells is its message', () => {
    const w: Warning = { rule: 'S1', severity: 'error', cells: [], section: 'problems', message: '没有内容', fingerprint: 'y' }
    expect(exportErrorText('2021', w)).toBe('没有内容')
  })
})
