import { describe, expect, it } from 'vitest'
import { aggregate, AggregateError, pickYear, yearOptions, type ReadDepartment } from '../../../src/shared/aggregate'
import { blankCells, type ReportContent } from '../../../src/shared/report'

// A folder of several years: the 汇总 is of one year, the newest unless another is picked; files that
// state no year join only when asked; what was left out is said.

const report = (agency: string, year: number, format: '2019' | '2021' = year >= 2021 ? '2021' : '2019', natural = 1): ReportContent => ({
  agency, year, format, cells: { ...blankCells(format), 't3.new.natural': natural }, text: { overview: '', problems: '', other: '' }
})
const read = (department: string, r: ReportContent, yearUnknown = false): ReadDepartment => ({ department, source: `${department}.docx`, report: r, yearUnknown })

const FOLDER: ReadDepartment[] = [
  read('甲局', report('甲局', 2022)),
  read('乙局', report('乙局', 2023)),
  read('丙局', report('丙局', 2023)),
  read('丁局', report('丁局', 2021)),
  // The year is a placeholder the reader put there: the file never said.
  read('戊局', report('戊局', 2025), true)
]

describe('picking the year of a folder', () => {
  it('lists the years the files state, newest first, with their departments (not the unknown one)', () => {
    expect(yearOptions(FOLDER)).toEqual([
      { year: 2023, departments: ['乙局', '丙局'] },
      { year: 2022, departments: ['甲局'] },
      { year: 2021, departments: ['丁局'] }
    ])
  })

  it('takes the newest year by default, and names the years and the file left out', () => {
    const pick = pickYear(FOLDER)
    expect(pick.year).toBe(2023)
    expect(pick.reports.map((r) => r.department)).toEqual(['乙局', '丙局'])
    expect(pick.unknown).toEqual(['戊局.docx'])
    expect(pick.notes).toEqual(['其他年度的报告未计入：2022年度（甲局）；2021年度（丁局）。', '以下文件未写明年度，未计入：戊局.docx。'])
    expect(aggregate(pick.reports).cells['t3.new.natural']).toBe(2)
  })

  it('sums another year when picked; files without a year join as of it only when asked', () => {
    expect(pickYear(FOLDER, 2022).reports.map((r) => r.department)).toEqual(['甲局'])
    const withUnknown = pickYear(FOLDER, 2022, true)
    expect(withUnknown.reports.map((r) => [r.department, r.report.year])).toEqual([['甲局', 2022], ['戊局', 2022]])
    expect(withUnknown.notes).toContain('以下文件未写明年度，已按2022年度计入：戊局.docx。')
  })

  it('refuses a year no file states, and a folder where no file states a year, in Chinese', () => {
    expect(() => pickYear(FOLDER, 2020)).toThrow(new AggregateError('文件夹中没有2020年度的报告。'))
    expect(() => pickYear([read('戊局', report('戊局', 2025), true)])).toThrow('以下文件都未写明报告年度，请选择年度后再汇总：戊局.docx')
  })

  it('a year whose reports mix the two formats is still refused by aggregate, naming the departments', () => {
    const mixed = [...FOLDER, read('己局', report('己局', 2022, '2019'))]
    const pick = pickYear(mixed, 2022)
    expect(() => aggregate(pick.reports)).toThrow(/不同的报表格式：.*（甲局）.*（己局）/)
    // The other years still sum.
    expect(aggregate(pickYear(mixed).reports).year).toBe(2023)
  })
})
