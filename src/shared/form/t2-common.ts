import type { RowDef } from './types'

// What table 二 keeps from the 2019 format to the 2021 format: the captions of its blocks (the items
// of 条例 第二十条), the row-label header, and the rows that did not change.

export const T2_CAPTIONS = {
  item1: '第二十条第（一）项',
  item5: '第二十条第（五）项',
  item6: '第二十条第（六）项',
  item8: '第二十条第（八）项',
  item9: '第二十条第（九）项'
} as const

export const T2_ROW_HEADER = '信息内容'

const row = (key: string, label: string): RowDef => ({ key, label, groups: [] })

export const T2_ROWS = {
  regulations: row('regulations', '规章'),
  licensing: row('licensing', '行政许可'),
  penalty: row('penalty', '行政处罚'),
  enforcement: row('enforcement', '行政强制'),
  fees: row('fees', '行政事业性收费')
} as const
