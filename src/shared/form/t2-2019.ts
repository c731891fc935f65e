import { T2_CAPTIONS, T2_ROW_HEADER, T2_ROWS } from './t2-common'
import type { BlockTableDef, ColumnDef } from './types'

// 二、主动公开政府信息情况, 2019 format (国办公开办函〔2019〕60号, 试行).
const prevItems: ColumnDef = { key: 'prevItems', label: '上一年项目数量', kind: 'count', groups: [] }
const delta: ColumnDef = { key: 'delta', label: '本年增/减', kind: 'signedCount', groups: [] }
const decisions: ColumnDef = { key: 'decisions', label: '处理决定数量', kind: 'count', groups: [] }
const itemColumns = [prevItems, delta, decisions]

export const T2_2019: BlockTableDef = {
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
        { key: 'made', label: '本年新制作数量', kind: 'count', groups: [] },
        { key: 'published', label: '本年新公开数量', kind: 'count', groups: [] },
        { key: 'total', label: '对外公开总数量', kind: 'count', groups: [] }
      ],
      rows: [T2_ROWS.regulations, { key: 'normativeDocs', label: '规范性文件', groups: [] }]
    },
    {
      key: 'item5',
      caption: T2_CAPTIONS.item5,
      rowHeader: T2_ROW_HEADER,
      columns: itemColumns,
      rows: [T2_ROWS.licensing, { key: 'otherServices', label: '其他对外管理服务事项', groups: [] }]
    },
    {
      key: 'item6',
      caption: T2_CAPTIONS.item6,
      rowHeader: T2_ROW_HEADER,
      columns: itemColumns,
      rows: [T2_ROWS.penalty, T2_ROWS.enforcement]
    },
    { key: 'item8', caption: T2_CAPTIONS.item8, rowHeader: T2_ROW_HEADER, columns: [prevItems, delta], rows: [T2_ROWS.fees] },
    {
      key: 'item9',
      caption: T2_CAPTIONS.item9,
      rowHeader: T2_ROW_HEADER,
      columns: [
        { key: 'projects', label: '采购项目数量', kind: 'count', groups: [] },
        // The form prints no unit; offices write 元 or 万元 in the cell.
        { key: 'amount', label: '采购总金额', kind: 'amount', groups: [] }
      ],
      rows: [{ key: 'procurement', label: '政府集中采购', groups: [] }]
    }
  ]
}
