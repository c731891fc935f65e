import { describe, expect, it } from 'vitest'
import type { Warning } from '../../../src/shared/rules'
import { groupBySection, indexWarnings } from '../../../src/renderer/src/warnings/warning-index'

const w = (rule: Warning['rule'], severity: Warning['severity'], cells: string[], section: Warning['section']): Warning => ({
  rule,
  severity,
  cells,
  section,
  message: `${rule} 消息`,
  fingerprint: `${rule}:${cells[0] ?? section}`
})

describe('warning views', () => {
  const list = [
    w('E4', 'warning', ['t3.new.natural'], 't3'),
    w('C1', 'error', ['t3.new.natural', 't3.total.natural'], 't3'),
    w('S1', 'warning', [], 'problems'),
    w('D1', 'hint', [], 'document')
  ]

  it('marks each cell with its worst open severity and counts by severity', () => {
    const idx = indexWarnings(list)
    expect(idx.marks.get('t3.new.natural')).toBe('error')
    expect(idx.marks.get('t3.total.natural')).toBe('error')
    expect(idx.byCell.get('t3.new.natural')).toHaveLength(2)
    expect(idx.counts).toEqual({ error: 1, warning: 2, hint: 1 })
  })

  it('does not mark cells for acknowledged warnings', () => {
    const idx = indexWarnings([{ ...list[1], acknowledged: { explanation: '已核实', at: 'x' } }])
    expect(idx.marks.size).toBe(0)
    expect(idx.counts.error).toBe(0)
  })

  it('groups by section, worst first within a section; sections with open errors before the others', () => {
    const groups = groupBySection('2021', list)
    expect(groups.map((g) => g.key)).toEqual(['t3', 'document', 'problems'])
    expect(groups[0].heading).toBe('三、收到和处理政府信息公开申请情况')
    expect(groups[0].warnings[0].rule).toBe('C1')
  })

  it('F3: an error of the section being edited comes first, even when the report has earlier warnings', () => {
    const many = [
      w('S2', 'warning', [], 'overview'),
      w('S3', 'warning', [], 'overview'),
      w('E4', 'warning', ['t2.rules.made'], 't2'),
      w('C3', 'error', ['t3.new.total'], 't3'),
      w('F1', 'error', ['t4.review.total'], 't4')
    ]
    expect(groupBySection('2021', many, 't3').map((g) => g.key)).toEqual(['t3', 't4', 'overview', 't2'])
    expect(groupBySection('2021', many, 't4').map((g) => g.key)).toEqual(['t4', 't3', 'overview', 't2'])
    // Without errors of its own, the section being edited comes after the errors but before the rest.
    expect(groupBySection('2021', many, 't2').map((g) => g.key)).toEqual(['t3', 't4', 't2', 'overview'])
  })

  it('an acknowledged error does not pull its section up', () => {
    const acked = [w('S1', 'warning', [], 'problems'), { ...w('C1', 'error', ['t3.new.natural'], 't3'), acknowledged: { explanation: '已核实', at: 'x' } }]
    expect(groupBySection('2021', acked).map((g) => g.key)).toEqual(['t3', 'problems'])
    expect(groupBySection('2021', acked, 'problems').map((g) => g.key)).toEqual(['problems', 't3'])
  })
})
