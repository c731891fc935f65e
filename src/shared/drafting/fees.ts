import { LAYOUTS, cellKey } from '../form'
import { bareLabel, frag, none, type Tables } from './compose'
import type { DraftSentence } from './types'

// 六、其他需要报告的事项, 2021 format: what the tables say about 信息处理费 — the applications no
// longer processed because the applicant did not pay (三（六）2). The fee notices and amounts are
// not in the tables: the office adds them.

export function draftFees(t: Tables): DraftSentence[] {
  if (t.layout !== '2021') return []
  const row = LAYOUTS[t.layout].tables.t3.rows.find((r) => r.key === 'other.overdueFee')
  const overdue = t.count([cellKey('t3', 'other.overdueFee', 'total')])
  if (!row || !overdue) return []
  if (overdue.value === 0) {
    return [{ id: 'fees.overdue', ...frag(none('本年度未发生申请人逾期未缴纳信息处理费、不再处理其政府信息公开申请的情况', overdue.cells), '。') }]
  }
  // "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" as the form words it.
  const said = bareLabel(row.label).replace('行政机关', '本机关')
  return [{ id: 'fees.overdue', ...frag('本年度因', said.replace(/申请$/, '申请的'), '情形共', overdue, '件。') }]
}
