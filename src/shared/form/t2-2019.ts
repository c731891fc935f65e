import type { BlockTableDef, ColumnDef } from './types'

// 二、主动公开政府信息情况, 2019 format (国办公开办函〔2019〕60号, 试行).
const prevItems: ColumnDef = { key: 'prevItems', label: '上一年项目数量', kind: 'count', groups: [] }
const delta: ColumnDef = { key: 'delta', label: '本年增/减', kind: 'signedCount', groups: [] }
const decisions: ColumnDef = { key: 'decisions', label: '处理决定数量', kind: 'count', groups: [] }

export const T2_2019: BlockTableDef = {
  id: 't2',
  shape: 'blocks',
  gridColumns: 4,
  widths: [2435, 2435, 2435, 2435],
  blocks: [
    {
      key: 'item1',
      caption: '第二十条第（一）项',
      rowHeader: '信息内容',
      columns: [
        { key: 'made', label: '本年新制作数量', kind: 'count', groups: [] },
        { key: 'published', label: '本年新公开数量', kind: 'count', groups: [] },
        { key: 'total', label: '对外公开总数量', kind: 'count', groups: [] }
      ],
      rows: [
        { key: 'regulations', label: '规章', groups: [] },
        { key: 'normativeDocs', label: '规范性文件', groups: [] }
      ]
    },
    {
      key: 'item5',
      caption: '第二十条第（五）项',
      rowHeader: '信息内容',
      columns: [prevItems, delta, decisions],
      rows: [
        { key: 'licensing', label: '行政许可', groups: [] },
        { key: 'otherServices', label: '其他对外管理服务事项', groups: [] }
      ]
    },
    {
      key: 'item6',
      caption: '第二十条第（六）项',
      rowHeader: '信息内容',
      columns: [prevItems, delta, decisions],
      rows: [
        { key: 'penalty', label: '行政处罚', groups: [] },
        { key: 'enforcement', label: '行政强制', groups: [] }
      ]
    },
    {
      key: 'item8',
      caption: '第二十条第（八）项',
      rowHeader: '信息内容',
      columns: [prevItems, delta],
      rows: [{ key: 'fees', label: '行政事业性收费', groups: [] }]
    },
    {
      key: 'item9',
      caption: '第二十条第（九）项',
      rowHeader: '信息内容',
      columns: [
        { key: 'projects', label: '采购项目数量', kind: 'count', groups: [] },
        // The form prints no unit; offices write 元 or 万元 in the cell.
        { key: 'amount', label: '采购总金额', kind: 'amount', groups: [] }
      ],
      rows: [{ key: 'procurement', label: '政府集中采购', groups: [] }]
    }
  ]
}
