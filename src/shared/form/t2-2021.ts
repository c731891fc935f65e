import { T2_CAPTIONS, T2_ROW_HEADER, T2_ROWS } from './t2-common'
import type { BlockTableDef, ColumnDef } from './types'

// 二、主动公开政府信息情况, 2021 format (国办公开办函〔2021〕30号).
const decisions: ColumnDef = { key: 'decisions', label: '本年处理决定数量', kind: 'count', groups: [] }

export const T2_2021: BlockTableDef = {
  id: 't2',
  shape: 'blocks',
  gridColumns: 4,
  widths: [2435, 2435, 2435, 2435],
  blocks: [
    {
      key: 'item1',
      caption: T2_CAPTIONS.item1,
      rowHeader: T2_ROW_HEADER,
      columns: [
        { key: 'issued', label: '本年制发件数', kind: 'count', groups: [] },
        { key: 'repealed', label: '本年废止件数', kind: 'count', groups: [] },
        { key: 'inForce', label: '现行有效件数', kind: 'count', groups: [] }
      ],
      rows: [T2_ROWS.regulations, { key: 'normativeDocs', label: '行政规范性文件', groups: [] }]
    },
    { key: 'item5', caption: T2_CAPTIONS.item5, rowHeader: T2_ROW_HEADER, columns: [decisions], rows: [T2_ROWS.licensing] },
    {
      key: 'item6',
      caption: T2_CAPTIONS.item6,
      rowHeader: T2_ROW_HEADER,
      columns: [decisions],
      rows: [T2_ROWS.penalty, T2_ROWS.enforcement]
    },
    {
      key: 'item8',
      caption: T2_CAPTIONS.item8,
      rowHeader: T2_ROW_HEADER,
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount', unit: '万元', groups: [] }],
      rows: [T2_ROWS.fees]
    }
  ]
}
