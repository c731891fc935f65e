import { describe, expect, it } from 'vitest'
import { readText } from '../../../src/shared/import/read-text'

// Year and agency when the title gives none: the statistics period, else the opening sentence.

const BODY = ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '无。']
const read = (...head: string[]) => readText([...head, ...BODY].join('\n'), { kind: 'txt', fileName: 'r.txt', fallbackYear: 2031 })

describe('the report year when the title has none', () => {
  it('is read from the statistics period, with the agency that made the report', () => {
    const r = read(
      '政府信息公开工作年度报告',
      '本报告由某某市生态环境局根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
      '一、总体情况',
      '本年度，我局坚持公开为常态。'
    )
    expect([r.report.year, r.yearUnknown]).toEqual([2024, undefined])
    expect(r.report.agency).toBe('某某市生态环境局')
    expect(r.problems.find((p) => p.message.includes('统计期限'))?.message).toMatch(/按统计期限识别为2024年度/)
  })

  it('is read from the year the opening sentence starts with, and flagged for checking', () => {
    const r = read('一、总体情况', '我办2022年度认真贯彻落实《条例》，全面推进政务公开工作，现将有关情况报告如下。')
    expect(r.report.year).toBe(2022)
    expect(r.problems.find((p) => p.message.includes('正文开头'))?.severity).toBe('warning')
  })

  it('also reads "2023年，我局…" as the opening', () => {
    expect(read('一、总体情况', '2023年，我局深入贯彻落实《条例》和上级关于政务公开工作的部署要求，全面推进政务公开。').report.year).toBe(2023)
  })

  it('does not take a comparison with another year ("我局2020年主动公开…") for the report year', () => {
    expect(read('一、总体情况', '按照《条例》的有关规定，结合本局实际开展政府信息公开工作，现报告如下。', '我局2020年主动公开行政许可33项，行政处罚36项，行政强制1项。').yearUnknown).toBe(true)
  })

  it('does not take a date or a period that is not a whole year for the report year', () => {
    const r = read('统计期限自2024年3月1日起至2024年12月31日止。', '一、总体情况', '根据2019年修订的《条例》，本局依法公开政府信息，全年共主动公开信息百余条。')
    expect(r.yearUnknown).toBe(true)
    expect(r.report.year).toBe(2031) // a placeholder only, flagged unknown
  })

  it('still reads the agency from a title that names no year', () => {
    const r = read('某某县交通运输局政府信息公开工作年度报告', '一、总体情况', '全年主动公开政府信息百余条，依申请公开办理及时。')
    expect([r.report.agency, r.yearUnknown]).toEqual(['某某县交通运输局', true])
  })

  it('prefers the title when there is one', () => {
    const r = read('某某县人民政府办公室2021年政府信息公开工作年度报告', '统计期限自2024年1月1日起至2024年12月31日止。', '一、总体情况', '2023年，我办认真贯彻落实《条例》的各项要求。')
    expect(r.report.year).toBe(2021)
    expect(r.problems.filter((p) => /统计期限|正文开头/.test(p.message))).toEqual([])
  })
})
