import { describe, expect, it } from 'vitest'
import { readText } from '../../../src/shared/import/read-text'
import { parseExchangeText } from '../../../src/shared/report/exchange'
import { readShared } from '../../helpers/fixtures'

describe('readText on text copied out of a published report', () => {
  const expected = parseExchangeText(readShared('fixtures', 'jiaxing-zjj-2020.json'))
  const result = readText(readShared('fixtures', 'jiaxing-zjj-2020.txt'), { kind: 'txt', fileName: 'jiaxing-zjj-2020.txt', fallbackYear: 2024 })

  it('reads agency, year and the 2019 format from the title and the tables', () => {
    expect(result.report.agency).toBe(expected.agency)
    expect(result.report.year).toBe(expected.year)
    expect(result.report.format).toBe('2019')
    expect(result.detectedFormat).toBe('2019')
  })

  it('reads every cell to exactly the published value', () => {
    expect(result.report.cells).toEqual(expected.cells)
  })

  it('reads the text sections without the headings', () => {
    expect(result.report.text).toEqual(expected.text)
  })

  it('says where each cell came from', () => {
    expect(result.cells['t3.new.natural']).toEqual({ where: expect.stringMatching(/^第\d+行$/), raw: '58' })
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([])
  })
})
