import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { aggregate, type DepartmentReport } from '../../../src/shared/aggregate'
import { cellsOf } from '../../../src/shared/form'
import { CORPUS_DIR, honestReport, loadCorpus } from '../../../scripts/corpus/load'

// Exact sums on real published reports: the nine 2023 reports of the corpus in the 2021 format,
// added up by nianbao, against the sums added by hand (tests/fixtures/aggregate/real-2023.sum.truth.json).

interface SumTruth {
  year: number
  format: string
  reports: string[]
  cells: Record<string, number>
}

const TRUTH = JSON.parse(readFileSync(join(CORPUS_DIR, '../aggregate/real-2023.sum.truth.json'), 'utf8')) as SumTruth

describe('汇总 of real 2023 reports', () => {
  const corpus = loadCorpus()
  const entries = TRUTH.reports.map((name) => corpus.find((e) => e.name === name)!)
  const inputs: DepartmentReport[] = entries.map((e) => ({ department: e.truth.agency, source: e.name, report: honestReport(e, corpus) }))

  it('uses nine distinct real reports of one year and format', () => {
    expect(entries.every((e) => e !== undefined && e.truth.year === 2023 && e.truth.format === '2021')).toBe(true)
    expect(new Set(entries.map((e) => e.truth.agency)).size).toBe(9)
  })

  it('equals the hand-added sums cell by cell, and leaves blank every cell no report shows', () => {
    const agg = aggregate(inputs)
    expect(agg.year).toBe(2023)
    expect(agg.layout).toBe('2021')
    const diffs: string[] = []
    for (const { key } of cellsOf('2021')) {
      const want = TRUTH.cells[key] ?? null
      if (agg.cells[key] !== want) diffs.push(`${key}: ${String(agg.cells[key])} ≠ ${String(want)}`)
    }
    expect(diffs).toEqual([])
    expect(agg.cells['t2.penalty.decisions']).toBe(1529)
    expect(agg.cells['t2.fees.amount']).toBe(18.871)
  })

  it('keeps each department’s own value for the breakdown', () => {
    const agg = aggregate(inputs)
    const penalty = agg.departments.map((d) => [d.department, d.cells['t2.penalty.decisions']])
    expect(penalty).toContainEqual(['广州市海珠区人民政府官洲街道办事处', 1472])
    expect(penalty).toContainEqual(['阿巴嘎旗自然资源局', 10])
    expect(penalty).toContainEqual(['信丰县卫生健康委员会', 47])
  })

  it('changes the sum when one department’s figure changes (the sum is not read from anywhere else)', () => {
    const changed = inputs.map((r) =>
      r.department === '信丰县卫生健康委员会' ? { ...r, report: { ...r.report, cells: { ...r.report.cells, 't2.penalty.decisions': 48 } } } : r
    )
    expect(aggregate(changed).cells['t2.penalty.decisions']).toBe(1530)
  })
})
