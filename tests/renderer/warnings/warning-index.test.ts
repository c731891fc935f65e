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

  it('groups by section in report order, errors first', () => {
    const groups = groupBySection('2021', list)
    expect(groups.map((g) => g.key)).toEqual(['document', 't3', 'problems'])
    expect(groups[1].heading).toBe('三、收到和处理政府信息公开申请情况')
    expect(groups[1].warnings[0].rule).toBe('C1')
  })
})
