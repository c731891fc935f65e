import { describe, expect, it } from 'vitest'
import { newReport, parseExchangeText, reportFromExchange, reportToExchange, reportTitle, resolveTitleLines, titleBreakProblem, titleMaxCharsFor } from '../../../src/shared/report'
import { DEFAULT_TYPOGRAPHY } from '../../../src/shared/settings'
import { titleLines } from '../../../src/shared/report/title-lines'

const AGENCY = '嘉兴市住房和城乡建设局'
const TITLE = `${AGENCY}2020年政府信息公开工作年度报告`

describe('title breaks the clerk sets (标题分行)', () => {
  it('accepts any breaks that join to the title exactly, trimming spaces around each line', () => {
    expect(titleBreakProblem([AGENCY, '2020年政府信息公开工作年度报告'], TITLE)).toBeNull()
    expect(titleBreakProblem(['嘉兴市', ' 住房和城乡建设局2020年 ', '政府信息公开工作年度报告'], TITLE)).toBeNull()
    expect(titleBreakProblem([TITLE], TITLE)).toBeNull()
  })

  it('names a changed, missing or extra word and the line it is on', () => {
    expect(titleBreakProblem([AGENCY, '2020年政务信息公开工作年度报告'], TITLE)).toBe(
      '第2行的“务信息公开工作年…”与标题不一致（标题此处为“府信息公开工作年…”）：只能移动换行的位置，不能增删或改动标题的文字'
    )
    expect(titleBreakProblem([AGENCY, '2020年政府信息公开工作'], TITLE)).toBe('分行后缺少标题末尾的“年度报告”：只能移动换行的位置，不能增删或改动标题的文字')
    expect(titleBreakProblem([AGENCY, '2020年政府信息公开工作年度报告（草稿）'], TITLE)).toBe(
      '第2行多出了“（草稿）”，标题到此已完：只能移动换行的位置，不能增删或改动标题的文字'
    )
    expect(titleBreakProblem(['嘉兴市住房和城乡建设', '2020年政府信息公开工作年度报告'], TITLE)).toMatch(/^第2行的“2020年政府信…”与标题不一致（标题此处为“局2020年政府…”）/)
  })

  it('refuses an empty line, no line at all and more than four lines', () => {
    expect(titleBreakProblem([AGENCY, '', '2020年政府信息公开工作年度报告'], TITLE)).toBe('第2行是空行：请删去空行，每行都要有标题文字')
    expect(titleBreakProblem([], TITLE)).toMatch(/^标题分行为空/)
    expect(titleBreakProblem(['嘉兴市', '住房和城乡建设局', '2020年', '政府信息公开', '工作年度报告'], TITLE)).toBe('标题最多分4行，现在有5行：请合并几行')
    expect(titleBreakProblem(['嘉兴市', '住房和城乡建设局', '2020年政府信息公开', '工作年度报告'], TITLE)).toBeNull()
  })

  it('uses valid breaks, and ignores them once the agency or year no longer joins to them', () => {
    const report = newReport({ agency: AGENCY, year: 2020, format: '2019' })
    const max = titleMaxCharsFor(DEFAULT_TYPOGRAPHY)
    const auto = titleLines({ agency: AGENCY, year: 2020, maxChars: max })
    expect(resolveTitleLines(report, max)).toEqual({ lines: auto, auto, override: 'none' })
    report.titleBreaks = ['嘉兴市住房和城乡建设局2020年', '政府信息公开工作年度报告']
    expect(resolveTitleLines(report, max)).toMatchObject({ lines: report.titleBreaks, override: 'used' })
    expect(reportTitle({ agency: AGENCY, year: 2021 })).not.toBe(TITLE)
    const renamed = resolveTitleLines({ ...report, year: 2021 }, max)
    expect(renamed.override).toBe('ignored')
    expect(renamed.lines).toEqual(titleLines({ agency: AGENCY, year: 2021, maxChars: max }))
    expect(renamed.problem).toContain('第1行')
  })

  it('the exporters and the editor count the same characters a line (20 at 2号 on GB/T 9704 margins)', () => {
    expect(titleMaxCharsFor(DEFAULT_TYPOGRAPHY)).toBe(20)
  })

  it('travels in the exchange file (meta.titleBreaks); files without it still load', () => {
    const report = newReport({ agency: AGENCY, year: 2020, format: '2019' })
    report.titleBreaks = [AGENCY, '2020年政府信息公开工作年度报告']
    const back = reportFromExchange(parseExchangeText(JSON.stringify(reportToExchange(report))))
    expect(back.titleBreaks).toEqual(report.titleBreaks)
    const plain = reportToExchange(newReport({ agency: AGENCY, year: 2020, format: '2019' }))
    expect(plain.meta).not.toHaveProperty('titleBreaks')
    expect(reportFromExchange(parseExchangeText(JSON.stringify(plain)))).not.toHaveProperty('titleBreaks')
    expect(() => parseExchangeText(JSON.stringify({ ...plain, meta: { titleBreaks: '嘉兴市|住房' } }))).toThrow('字段“meta.titleBreaks”（标题分行）应为文字数组')
  })
})
