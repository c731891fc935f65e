import { describe, expect, it } from 'vitest'
import { isCellKey, sumRelations } from '../../../src/shared/form'

describe('the form’s arithmetic', () => {
  it.each(['2019', '2021'] as const)('%s: a C3 sum per row of 三, a C2 sum per column, a C5 sum per group of 四, all on cells of the format', (format) => {
    const relations = sumRelations(format)
    const rows = format === '2019' ? 23 : 25
    expect(relations.filter((r) => r.rule === 'C3')).toHaveLength(rows)
    expect(relations.filter((r) => r.rule === 'C2')).toHaveLength(7)
    expect(relations.filter((r) => r.rule === 'C5').map((r) => r.total)).toEqual(['t4.review.total', 't4.suitDirect.total', 't4.suitAfterReview.total'])
    for (const r of relations) for (const key of [r.total, ...r.parts]) expect(isCellKey(format, key), key).toBe(true)
    expect(relations.find((r) => r.rule === 'C2' && r.along === 'natural')?.parts).toContain(
      format === '2019' ? 't3.other.natural' : 't3.other.overdueFee.natural'
    )
  })
})
