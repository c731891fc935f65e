import { describe, expect, it } from 'vitest'
import { candidates, defaultSelection, nameSimilarity, toggleSelection, type AgencyYear } from '../../../src/shared/years/agency'

const r = (id: string, agency: string, year: number, updatedAt = '2025-01-01'): AgencyYear => ({ id, agency, year, updatedAt })

describe('which reports belong to one agency', () => {
  const reports = [
    r('a20', '开阳县市场监督管理局', 2020),
    r('a21', '开阳县 市场监督管理局', 2021),
    r('a22', '开阳县市场监管局', 2022),
    r('b22', '湖口县卫生健康委员会', 2022),
    r('a22b', '开阳县市场监督管理局', 2022, '2025-06-01')
  ]

  it('matches the stored name, spacing aside, and offers similar names apart', () => {
    const c = candidates(reports, '开阳县市场监督管理局')
    expect(c.same.map((x) => x.id)).toEqual(['a20', 'a21', 'a22b'])
    expect(c.similar.map((x) => x.id)).toEqual(['a22'])
    expect(nameSimilarity('开阳县市场监督管理局', '湖口县卫生健康委员会')).toBeLessThan(0.3)
  })

  it('starts from the current report and one report a year of the same agency', () => {
    expect(defaultSelection(reports, reports[0])).toEqual(['a20', 'a21', 'a22b'])
  })

  it('ticking a report replaces the one of its year', () => {
    expect(toggleSelection(['a20', 'a21', 'a22b'], reports[2], reports)).toEqual(['a20', 'a21', 'a22'])
    expect(toggleSelection(['a20', 'a21'], reports[1], reports)).toEqual(['a20'])
  })
})
