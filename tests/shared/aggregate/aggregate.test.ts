import { describe, expect, it } from 'vitest'
import { aggregate, AggregateError, breakdownCsv, breakdownOf, combinedReport, departmentStatuses, exactSum, sumValues, type DepartmentReport } from '../../../src/shared/aggregate'
import { cellsOf } from '../../../src/shared/form'
import { blankCells } from '../../../src/shared/report'
import type { Cells, ReportContent } from '../../../src/shared/report'
import { consistent2021, fixture2020, QUIET_DAY } from '../rules/reports'

const dept = (department: string, report: ReportContent, source = `${department}.json`): DepartmentReport => ({ department, source, report })
const withCells = (base: ReportContent, agency: string, cells: Cells): ReportContent => ({ ...base, agency, cells: { ...base.cells, ...cells } })
const blank2021 = (agency: string, cells: Cells = {}): ReportContent => ({
  agency, year: 2023, format: '2021', cells: { ...blankCells('2021'), ...cells }, text: { overview: '', problems: '', other: '' }
})

describe('summing one cell', () => {
  it('stays blank only when every department left it blank', () => {
    expect(sumValues([null, null, null])).toEqual({ value: null })
    expect(sumValues([null, 3, null])).toEqual({ value: 3 })
    expect(sumValues([0, null])).toEqual({ value: 0 })
  })
  it('counts "/" as nothing, and gives "/" when no department has a number', () => {
    expect(sumValues(['/', 2, 5])).toEqual({ value: 7 })
    expect(sumValues(['/', null])).toEqual({ value: '/' })
  })
  it('refuses to guess when a department wrote text that is not a number', () => {
    expect(sumValues([1, '约5件', 2])).toEqual({ value: null, unknownBecause: [1] })
  })
  it('adds amounts exactly', () => {
    expect(exactSum([0.1, 0.2])).toBe(0.3)
    expect(exactSum([18.871, 3.92, 0.009])).toBe(22.8)
  })
})

describe('aggregate', () => {
  it('adds the departments’ cells and names a cell whose sum is unknown', () => {
    const agg = aggregate([
      dept('甲局', blank2021('甲局', { 't3.new.natural': 2, 't3.new.total': 2 })),
      dept('乙局', blank2021('乙局', { 't3.new.natural': 5, 't3.new.total': 5, 't2.fees.amount': '有' }))
    ])
    expect(agg.cells['t3.new.natural']).toBe(7)
    expect(agg.cells['t3.new.commercial']).toBeNull()
    expect(agg.cells['t2.fees.amount']).toBeNull()
    expect(agg.notes.join()).toContain('乙局填写了“有”')
  })

  it('refuses reports of different years, naming them', () => {
    const a = dept('甲局', blank2021('甲局'))
    const b = dept('乙局', { ...blank2021('乙局'), year: 2022 })
    expect(() => aggregate([a, b])).toThrow(AggregateError)
    expect(() => aggregate([a, b])).toThrow(/不是同一年度.*2022年度（乙局）.*2023年度（甲局）/)
  })

  it('refuses to add the 2019 format to the 2021 format', () => {
    const old = { ...fixture2020(), year: 2023 }
    expect(() => aggregate([dept('甲局', blank2021('甲局')), dept('乙局', old)])).toThrow(/不同的报表格式：2021年版格式（甲局）；2019年版格式（乙局）/)
  })

  it('refuses the same department twice, spacing aside', () => {
    expect(() => aggregate([dept('甲局', blank2021('甲局'), 'a.docx'), dept('甲 局', blank2021('甲 局'), 'b.pdf')])).toThrow(/同一部门有多份报告.*a\.docx、b\.pdf/)
  })

  it('maps the 2021 sub-rows of （六） into the single row when a report kept 2019’s layout', () => {
    const mixedCells: Cells = {}
    for (const { key } of cellsOf('2021-other2019')) mixedCells[key] = null
    mixedCells['t3.other.natural'] = 4
    const mixed: ReportContent = { ...blank2021('甲局'), cells: mixedCells }
    const modern = blank2021('乙局', { 't3.other.overdueCorrection.natural': 1, 't3.other.misc.natural': 2 })
    const agg = aggregate([dept('甲局', mixed), dept('乙局', modern)])
    expect(agg.layout).toBe('2021-other2019')
    expect(agg.cells['t3.other.natural']).toBe(7)
    expect(agg.departments[1].cells['t3.other.natural']).toBe(3)
    expect(agg.notes[0]).toContain('乙局的三个分项之和计入该行')
  })

  it('gives the breakdown of a cell and a CSV with a BOM, one column per department and the sum', () => {
    const base = consistent2021()
    const a = withCells(base, '甲局', {})
    const b = withCells(base, '乙局, 分局', { 't3.new.natural': 10 })
    const agg = aggregate([dept('甲局', a), dept('乙局, 分局', b)])
    const bd = breakdownOf(agg, 't3.new.natural')!
    expect(bd.label).toContain('自然人')
    expect(bd.rows.map((r) => r.value)).toEqual([base.cells['t3.new.natural'], 10])
    expect(bd.sum).toBe((base.cells['t3.new.natural'] as number) + 10)
    const csv = breakdownCsv(agg)
    expect(csv.startsWith('\uFEFF单元格,项目,甲局,"乙局, 分局",合计\r\n')).toBe(true)
    const line = csv.split('\r\n').find((l) => l.startsWith('t3.new.natural,'))!
    expect(line.split(',').slice(-3)).toEqual([String(base.cells['t3.new.natural']), '10', String(bd.sum)])
    expect(csv.split('\r\n').length - 2).toBe(cellsOf('2021').length)
  })

  it('makes a report of the sums with empty text and the government’s deadline', () => {
    const agg = aggregate([dept('甲局', consistent2021())])
    const r = combinedReport(agg, ' 某县人民政府 ')
    expect(r).toMatchObject({ agency: '某县人民政府', year: 2021, format: '2021', deadline: 'government', text: { overview: '', problems: '', other: '' } })
  })
})

describe('departments expected and their state', () => {
  it('marks missing, failing and consistent departments, and those not on the list', () => {
    const good = consistent2021()
    const bad = withCells(good, '乙局', { 't3.new.natural': (good.cells['t3.new.natural'] as number) + 1 })
    const st = departmentStatuses(['甲局', '乙局', '丙局'], [dept('甲局', { ...good, agency: '甲局' }), dept('乙局', bad), dept('丁局', { ...good, agency: '丁局' })], { today: QUIET_DAY })
    expect(st.map((s) => [s.department, s.expected, s.state])).toEqual([
      ['甲局', true, 'ok'],
      ['乙局', true, 'failing'],
      ['丙局', true, 'missing'],
      ['丁局', false, 'ok']
    ])
    expect(st[1].counts!.error).toBeGreaterThan(0)
    expect(st[1].warnings!.some((w) => w.rule === 'C3' || w.rule === 'C1')).toBe(true)
  })
})

describe('a changed list of expected departments', () => {
  it('re-marks missing and unlisted departments without checking again', async () => {
    const { withExpected } = await import('../../../src/shared/aggregate')
    const good = consistent2021()
    const st = departmentStatuses(['甲局'], [dept('甲局', { ...good, agency: '甲局' }), dept('乙局', { ...good, agency: '乙局' })], { today: QUIET_DAY })
    expect(st.map((s) => [s.department, s.expected, s.state])).toEqual([['甲局', true, 'ok'], ['乙局', false, 'ok']])
    const again = withExpected(['乙局', '丙局'], st)
    expect(again.map((s) => [s.department, s.expected, s.state])).toEqual([['乙局', true, 'ok'], ['丙局', true, 'missing'], ['甲局', false, 'ok']])
  })
})
