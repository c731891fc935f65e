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
      caption: '第二十条第（一）项',
      rowHeader: '信息内容',
      columns: [
        { key: 'issued', label: '本年制发件数', kind: 'count', groups: [] },
        { key: 'repealed', label: '本年废止件数', kind: 'count', groups: [] },
        { key: 'inForce', label: '现行有效件数', kind: 'count', groups: [] }
      ],
      rows: [
        { key: 'regulations', label: '规章', groups: [] },
        { key: 'normativeDocs', label: '行政规范性文件', groups: [] }
      ]
    },
    {
      key: 'item5',
      caption: '第二十条第（五）项',
      rowHeader: '信息内容',
      columns: [decisions],
      rows: [{ key: 'licensing', label: '行政许可', groups: [] }]
    },
    {
      key: 'item6',
      caption: '第二十条第（六）项',
      rowHeader: '信息内容',
      columns: [decisions],
      rows: [
        { key: 'penalty', label: '行政处罚', groups: [] },
        { key: 'enforcement', label: '行政强制', groups: [] }
      ]
    },
    {
      key: 'item8',
      caption: '第二十条第（八）项',
      rowHeader: '信息内容',
      columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'amount', unit: '万元', groups: [] }],
      rows: [{ key: 'fees', label: '行政事业性收费', groups: [] }]
    }
  ]
}
