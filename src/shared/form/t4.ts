import type { ColumnDef, GridTableDef, HeaderGroup } from './types'

// 四、政府信息公开行政复议、行政诉讼情况: identical in both formats, one row of 15 counts.

const review: HeaderGroup = { key: 'review', label: '行政复议' }
const suit: HeaderGroup = { key: 'suit', label: '行政诉讼' }
const suitDirect: HeaderGroup = { key: 'suitDirect', label: '未经复议直接起诉' }
const suitAfterReview: HeaderGroup = { key: 'suitAfterReview', label: '复议后起诉' }

/** The result columns of each group; `total` is the sum of the other four (C5). */
export const T4_OUTCOMES = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' }
] as const

/** Each group with its header path; the group key is the first part of the column key. */
export const T4_GROUPS = [
  { key: review.key, path: [review] },
  { key: suitDirect.key, path: [suit, suitDirect] },
  { key: suitAfterReview.key, path: [suit, suitAfterReview] }
] as const

const columns: ColumnDef[] = T4_GROUPS.flatMap((g) =>
  T4_OUTCOMES.map((o) => ({ key: `${g.key}.${o.key}`, label: o.label, kind: 'count' as const, groups: [...g.path] }))
)

export const T4: GridTableDef = {
  id: 't4',
  shape: 'grid',
  labelColumns: 0,
  columns,
  // One unlabeled data row: its cell keys are t4.<group>.<outcome>, so the row key is empty.
  rows: [{ key: '', label: '', groups: [] }],
  widths: [649, 649, 649, 649, 649, 649, 649, 650, 650, 650, 650, 650, 650, 650, 650]
}
