import { describe, expect, it } from 'vitest'
import { carryPreface } from '../../../src/shared/import/next-year-preface'
import { nextYearTemplate } from '../../../src/shared/import/next-year'
import { EXCHANGE_SCHEMA, readExchange, reportFromExchange, reportToExchange, writeExchangeText, parseExchangeText } from '../../../src/shared/report'
import { blankCells } from '../../../src/shared/report/create'

const KAIYANG_2021 =
  '根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,现公布开阳县市场监督管理局2021年政府信息公开工作年度报告。\n本报告包括总体情况等六个部分。除特别说明的外,所列数据统计时限为2021年1月1日至2021年12月31日。2020年起开通的网站可查阅。'

describe('last year\'s 前言 as this year\'s', () => {
  it('moves the statistics period and the report\'s own name to the new year, marks any other year', () => {
    const c = carryPreface(KAIYANG_2021, 2021, 2022)
    expect(c.text).toBe(
      '根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,现公布开阳县市场监督管理局2022年政府信息公开工作年度报告。\n本报告包括总体情况等六个部分。除特别说明的外,所列数据统计时限为2022年1月1日至2022年12月31日。【请核对：2020年】起开通的网站可查阅。'
    )
    expect([c.moved, c.marked]).toEqual([3, 1])
  })

  it('leaves the notice\'s year alone (〔2021〕30号 is no year reference)', () => {
    const text = '根据《政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）要求编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。'
    expect(carryPreface(text, 2023, 2024).text).toBe(text.replace(/2023年/g, '2024年'))
  })

  it('the template carries 前言 and contact details from last year, and says so', () => {
    const contact = { address: '开阳县城关镇开州大道154号', postcode: '550300', phone: '0851-87250462', email: '', website: '' }
    const last = readExchange({
      schema: EXCHANGE_SCHEMA, format: '2021', year: 2021, agency: '开阳县市场监督管理局', cells: blankCells('2021'),
      text: { overview: '', problems: '', other: '' }, meta: { contact, preface: KAIYANG_2021 }
    })
    const { report, notes } = nextYearTemplate(last)
    expect(report.meta?.contact).toEqual(contact)
    expect(report.meta?.preface).toContain('统计时限为2022年1月1日至2022年12月31日')
    expect(notes.some((n) => n.startsWith('前言沿用上年报告的开头段落'))).toBe(true)
  })
})

describe('the 前言 in the exchange file (meta.preface)', () => {
  it('round-trips through the exchange file and the stored report, outside the spec\'s three text keys', () => {
    const ex = readExchange({ schema: EXCHANGE_SCHEMA, format: '2021', year: 2024, agency: '某局', cells: {}, text: { overview: 'a' }, meta: { preface: '本报告……' } })
    const report = reportFromExchange(ex)
    expect(report.text.preface).toBe('本报告……')
    const written = writeExchangeText(reportToExchange(report))
    expect(Object.keys(JSON.parse(written).text)).toEqual(['overview', 'problems', 'other'])
    expect(reportFromExchange(parseExchangeText(written)).text.preface).toBe('本报告……')
  })

  it('an older file without it still loads, with no 前言 of its own (the generated one is used)', () => {
    const report = reportFromExchange(readExchange({ schema: EXCHANGE_SCHEMA, format: '2021', year: 2024, agency: '某局', cells: {}, text: {} }))
    expect(report.text.preface).toBeUndefined()
    expect(reportToExchange(report).meta?.preface).toBeUndefined()
  })

  it('refuses a 前言 that is not text, naming the field', () => {
    expect(() => readExchange({ schema: EXCHANGE_SCHEMA, format: '2021', year: 2024, agency: '某局', cells: {}, meta: { preface: 5 } })).toThrow('meta.preface')
  })
})
