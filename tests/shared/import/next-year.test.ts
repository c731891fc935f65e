import { describe, expect, it } from 'vitest'
import { cellsOf } from '../../../src/shared/form'
import { clearReviewMarkers, hasReviewMarkers, markYearReferences, nextYearTemplate, templateFromLastYear } from '../../../src/shared/import/next-year'
import { parseExchangeText } from '../../../src/shared/report/exchange'
import { readShared } from '../../helpers/fixtures'

const last = parseExchangeText(readShared('fixtures', 'jiaxing-zjj-2020.json'))

describe('templateFromLastYear', () => {
  const next = templateFromLastYear(last)

  it('moves to next year in the current format and keeps the agency', () => {
    expect([next.year, next.format, next.agency]).toEqual([2021, '2021', '嘉兴市住房和城乡建设局'])
  })

  it('fills 上年结转 from last year’s 结转下年度 and leaves every other number blank', () => {
    for (const c of ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total']) {
      expect(next.cells[`t3.carriedOver.${c}`]).toBe(last.cells[`t3.carriedForward.${c}`])
    }
    const others = cellsOf('2021').filter((c) => !c.key.startsWith('t3.carriedOver.'))
    expect(others.every((c) => next.cells[c.key] === null)).toBe(true)
    expect(Object.keys(next.cells).sort()).toEqual(cellsOf('2021').map((c) => c.key).sort())
  })

  it('keeps last year’s text as a draft with its years marked for review', () => {
    expect(next.text.problems).toContain('【请核对：2020年】改进情况')
    expect(next.text.problems).toContain('【请核对：2021年】进一步改进措施')
    expect(clearReviewMarkers(next.text.overview)).toBe(last.text.overview)
    expect(hasReviewMarkers(next.text.other)).toBe(false)
  })

  it('says what a 2019 → 2021 change does not carry over', () => {
    const { notes } = nextYearTemplate(last)
    expect(notes.join('\n')).toMatch(/（六）其他处理/)
  })

  it('marks full-width years and leaves numbers that are not years alone', () => {
    expect(markYearReferences('２０２０年共收到1057条，3277年')).toBe('【请核对：２０２０年】共收到1057条，3277年')
  })
})
