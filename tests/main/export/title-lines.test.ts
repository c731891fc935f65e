import { describe, expect, it } from 'vitest'
import { agencyWords, lineWidth, titleLines, titleMaxChars } from '../../../src/main/export/title-lines'

const SUFFIX = '年政府信息公开工作年度报告'
const lines = (agency: string, maxChars = 20) => titleLines({ agency, year: 2021, maxChars })

describe('title lines', () => {
  it('keeps a title that fits on one line whole', () => {
    expect(lines('某某局')).toEqual([`某某局2021${SUFFIX}`])
  })

  it('breaks between the agency and the year when both halves fit', () => {
    expect(lines('嘉兴市住房和城乡建设局')).toEqual(['嘉兴市住房和城乡建设局', `2021${SUFFIX}`])
    expect(lines('某某市市场监督管理局')).toEqual(['某某市市场监督管理局', `2021${SUFFIX}`])
  })

  it('breaks a long agency name only after an administrative unit, never inside a word', () => {
    const got = lines('广西壮族自治区南宁市西乡塘区人民政府办公室')
    expect(got.length).toBe(3)
    expect(got.join('')).toBe(`广西壮族自治区南宁市西乡塘区人民政府办公室2021${SUFFIX}`)
    expect(got[0]).toBe('广西壮族自治区南宁市西乡塘区')
    expect(got[1].startsWith('人民政府办公室')).toBe(true)
  })

  it('never leaves a line of one or two characters and never overflows the line', () => {
    for (const agency of ['国家税务总局某某省某某市某某区税务局', '西咸新区沣西新城管理委员会底张街道办事处', '某某市某某局', '中华人民共和国某某部']) {
      for (const max of [14, 16, 20]) {
        const got = lines(agency, max)
        expect(got.join('')).toBe(`${agency}2021${SUFFIX}`)
        for (const l of got) {
          expect(l.length).toBeGreaterThan(2)
          expect(lineWidth(l)).toBeLessThanOrEqual(max)
        }
      }
    }
  })

  it('does not split compounds that end in a unit character (城乡, 市场, 办公室)', () => {
    expect(agencyWords('嘉兴市住房和城乡建设局')).toEqual(['嘉兴市', '住房和城乡建设局'])
    expect(agencyWords('某某市市场监督管理局')).toEqual(['某某市', '市场监督管理局'])
    expect(agencyWords('某某县人民政府办公室')).toEqual(['某某县', '人民政府办公室'])
  })

  it('uses the breaks a user typed', () => {
    expect(titleLines({ agency: '某某局', year: 2021, maxChars: 20, manual: '某某局2021年|政府信息公开工作年度报告' })).toEqual(['某某局2021年', '政府信息公开工作年度报告'])
  })

  it('counts the characters of 2号 that fit on the GB/T 9704 text block', () => {
    expect(titleMaxChars(442, 22)).toBe(20)
  })
})
