import { describe, expect, it } from 'vitest'
import { FORMATS, LAYOUTS, type LayoutId } from '../../../src/shared/form'
import { comparable, figureCells } from '../../../src/shared/years/figure-cells'
import { displayName, figurePath, groupNames, shortLabel } from '../../../src/shared/years/figure-label'
import { figureValue } from '../../../src/shared/years/figure-value'
import { KEY_FIGURES } from '../../../src/shared/years/key-figures'

// The key figures are data over the form definition: their cells, names and comparability all
// come from the form, so a change there shows here.

const figure = (id: string) => KEY_FIGURES.find((f) => f.id === id)!
const t3Row = (key: string) => FORMATS['2021'].tables.t3.rows.find((r) => r.key === key)!

describe('key figures', () => {
  it('every figure sums at least one cell in the 2021 format, and only cells the form defines', () => {
    for (const f of KEY_FIGURES) expect(figureCells(f, '2021').length, f.id).toBeGreaterThan(0)
  })

  it('不予公开 sums the eight rows under its header group, in both formats', () => {
    const keys = figureCells(figure('denied'), '2019').map((c) => c.key)
    expect(keys).toHaveLength(8)
    expect(keys.every((k) => k.startsWith('t3.denied.') && k.endsWith('.total'))).toBe(true)
    expect(comparable(figure('denied'), '2019', '2021')).toBe(true)
  })

  it('takes comparability across the format change from the cell keys of each layout', () => {
    const across = (l1: LayoutId, l2: LayoutId) => KEY_FIGURES.filter((f) => !comparable(f, l1, l2)).map((f) => f.id)
    // Table 二 changed its columns (制发/废止/现行有效, 收费金额) and 三（六） was split in three.
    expect(across('2019', '2021')).toEqual(['other', 'issued', 'repealed', 'inForce', 'fees'])
    // The mixed layout keeps 2019's single （六） row: only that figure differs from 2021.
    expect(across('2021-other2019', '2021')).toEqual(['other'])
    expect(across('2019', '2021-other2019')).toEqual(['issued', 'repealed', 'inForce', 'fees'])
    for (const id of Object.keys(LAYOUTS) as LayoutId[]) expect(across(id, id).length).toBe(KEY_FIGURES.filter((f) => figureCells(f, id).length === 0).length)
  })

  it('names each figure from the form labels, with the group heading the figures share', () => {
    const denied = t3Row('denied.stateSecret').groups
    expect(figurePath(figure('denied'), '2021')).toEqual(denied.map((g) => g.label))
    const results = groupNames('results', ['2021'])
    expect(results.get('denied')).toEqual({ group: denied[0].label, path: [denied[1].label], unit: undefined })
    expect(results.get('granted')!.path).toEqual([t3Row('granted').label])
    // Applications share no header group: their heading is table 三's.
    expect(groupNames('applications', ['2021']).get('new')!.group).toBe(FORMATS['2021'].sections.find((s) => s.key === 't3')!.heading)
    // 诉讼 adds two column groups: named by what they share (行政诉讼) and the outcome.
    expect(figurePath(figure('suitTotal'), '2021')).toEqual(['行政诉讼', '总计'])
  })

  it('names a figure as the newest format among the shown years prints it', () => {
    const decisions2019 = FORMATS['2019'].tables.t2.blocks.find((b) => b.key === 'item5')!.columns.find((c) => c.key === 'decisions')!.label
    const decisions2021 = FORMATS['2021'].tables.t2.blocks.find((b) => b.key === 'item5')!.columns[0].label
    expect(decisions2019).not.toBe(decisions2021)
    expect(groupNames('proactive', ['2019']).get('decisions')!.path).toEqual([decisions2019])
    expect(groupNames('proactive', ['2019', '2021']).get('decisions')!.path).toEqual([decisions2021])
    // 收费 exists only in 2021: named from it even when only 2019 reports are shown, with its unit.
    expect(groupNames('proactive', ['2019']).get('fees')!.unit).toBe('万元')
  })

  it('shortens labels by dropping the numbering and a closing note', () => {
    expect(shortLabel(t3Row('partial').label)).toBe('部分公开')
    expect(shortLabel(t3Row('new').label)).toBe('本年新收政府信息公开申请数量')
    expect(displayName({ group: '', path: ['行政事业性收费', '本年收费金额（单位：万元）'], unit: '万元' })).toBe('行政事业性收费 › 本年收费金额（万元）')
  })

  it('values: sum, partial, blank, not applicable and not in format', () => {
    const f = figure('suitTotal')
    expect(figureValue(f, '2021', { 't4.suitDirect.total': 2, 't4.suitAfterReview.total': 3 })).toEqual({ kind: 'number', value: 5, partial: false })
    expect(figureValue(f, '2021', { 't4.suitDirect.total': 2, 't4.suitAfterReview.total': null })).toEqual({ kind: 'number', value: 2, partial: true })
    expect(figureValue(f, '2021', { 't4.suitDirect.total': 2, 't4.suitAfterReview.total': 'x' })).toEqual({ kind: 'number', value: 2, partial: true })
    expect(figureValue(f, '2021', { 't4.suitDirect.total': 2, 't4.suitAfterReview.total': '/' })).toEqual({ kind: 'number', value: 2, partial: false })
    expect(figureValue(f, '2021', {})).toEqual({ kind: 'blank' })
    expect(figureValue(f, '2021', { 't4.suitDirect.total': '/', 't4.suitAfterReview.total': '/' })).toEqual({ kind: 'notApplicable' })
    expect(figureValue(figure('fees'), '2019', { 't2.fees.prevItems': 3 })).toEqual({ kind: 'notInFormat' })
    expect(figureValue(figure('fees'), '2021', { 't2.fees.amount': 0.1 + 0.2 })).toEqual({ kind: 'number', value: 0.3, partial: false })
  })
})
