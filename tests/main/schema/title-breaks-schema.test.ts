import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/main/schema/report'
import { newReport } from '../../../src/shared/report'

// The clerk's title breaks are stored as typed, even half-done or stale (checked at export, not on save).

describe('storage schema: titleBreaks', () => {
  const base = () => JSON.parse(JSON.stringify(newReport({ agency: '某某局', year: 2025, format: '2021', id: 'tb1' })))

  it('loads reports saved before the field, and keeps breaks that no longer fit the title', () => {
    expect(parseReport(base()).titleBreaks).toBeUndefined()
    const stale = { ...base(), titleBreaks: ['某某厅2025年', '', '政府信息公开工作年度报告'] }
    expect(parseReport(stale).titleBreaks).toEqual(stale.titleBreaks)
  })

  it('refuses a shape that is not a list of lines', () => {
    expect(() => parseReport({ ...base(), titleBreaks: '某某局|2025年' })).toThrow()
    expect(() => parseReport({ ...base(), titleBreaks: Array(101).fill('某') })).toThrow()
  })
})
