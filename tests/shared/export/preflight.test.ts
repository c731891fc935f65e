import { describe, expect, it } from 'vitest'
import { newReport } from '../../../src/shared/report'
import { preflightExport, preflightSummary } from '../../../src/shared/export/preflight'
import { cellsOf } from '../../../src/shared/form'
import { checkReport } from '../../../src/shared/rules'

describe('preflightExport', () => {
  it('counts blank cells but not "/" or numbers, and lists empty text sections', () => {
    const report = newReport({ agency: '某某局', year: 2021 })
    const keys = cellsOf('2021').map((c) => c.key)
    for (const k of keys) report.cells[k] = 0
    report.cells['t3.new.natural'] = null
    report.cells['t3.new.legal'] = '/'
    report.text.overview = '总体情况。'
    report.text.problems = ' \n'
    const p = preflightExport(report)
    expect(p.blankCells).toEqual(['t3.new.natural'])
    expect(p.emptySections).toEqual(['problems', 'other'])
    expect(preflightSummary(p)).toContain('1 个空白单元格')
  })

  it('reports only errors from the rules, never warnings or hints', () => {
    const report = newReport({ agency: '某某局', year: 2021 })
    for (const k of cellsOf('2021').map((c) => c.key)) report.cells[k] = 0
    report.cells['t3.new.natural'] = 5 // breaks 勾稽关系 (C1) and the 总计 column (C3)
    const p = preflightExport(report)
    const all = checkReport(report)
    expect(p.errors.map((w) => w.rule)).toContain('C1')
    expect(p.errors.map((w) => w.fingerprint)).toEqual(all.filter((w) => w.severity === 'error').map((w) => w.fingerprint))
  })

  it('says a complete report can be exported', () => {
    expect(preflightSummary({ errors: [], blankCells: [], emptySections: [], reviewMarkers: [], warnings: [], invalidDetails: [] })).toBe('可以导出')
  })

  it('lists the warnings not acknowledged and the details that would print wrong (a 邮编 not of 6 digits)', () => {
    const report = { ...newReport({ agency: '某某局', year: 2021 }), contact: { address: '某路1号', postcode: '31400', phone: '0573-1234567', email: '', website: '' } }
    const p = preflightExport(report)
    expect(p.invalidDetails).toEqual([{ field: 'postcode', label: '邮政编码', value: '31400', message: '邮政编码应为6位数字' }])
    expect(preflightSummary(p)).toContain('邮政编码填写有误')
    const all = checkReport(report)
    expect(p.warnings.map((w) => w.fingerprint)).toEqual(all.filter((w) => w.severity === 'warning' && !w.acknowledged).map((w) => w.fingerprint))
  })

  it('counts review markers left in the 前言', () => {
    const report = newReport({ agency: '某某局', year: 2025 })
    report.text = { ...report.text, preface: '统计期限自【请核对：2024年】1月1日起。' }
    expect(preflightExport(report).reviewMarkers[0]).toEqual({ section: 'preface', count: 1 })
  })
})
