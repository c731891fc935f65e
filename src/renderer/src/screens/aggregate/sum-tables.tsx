import { cellKey, LAYOUTS, T4_GROUPS, T4_OUTCOMES, TABLE_HEADINGS, type LayoutId } from '../../../../shared/form'
import type { Cells } from '../../../../shared/report/types'
import { formatCellValue } from '../../../../shared/report/values'

// The sums as read-only tables drawn from the form definition; a click on a cell asks for its
// breakdown by department.

interface Props {
  layout: LayoutId
  cells: Cells
  selected: string | null
  onSelect: (key: string) => void
}

function Value({ k, cells, selected, onSelect }: { k: string } & Omit<Props, 'layout'>) {
  const v = cells[k]
  return (
    <td className={k === selected ? 'selected' : undefined}>
      <button type="button" className="sum-cell" data-key={k} aria-pressed={k === selected} onClick={() => onSelect(k)}>
        {formatCellValue(v) || '　'}
      </button>
    </td>
  )
}

export function SumTables(props: Props) {
  const { t2, t3 } = LAYOUTS[props.layout].tables
  return (
    <div className="sum-tables" data-testid="sum-tables">
      <h3>{TABLE_HEADINGS.t2}</h3>
      {t2.blocks.map((block) => (
        <table key={block.key} className="sum-table">
          <caption>{block.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{block.rowHeader}</th>
              {block.columns.map((c) => <th key={c.key} scope="col">{c.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {block.columns.map((c) => <Value key={c.key} k={cellKey('t2', row.key, c.key)} {...props} />)}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <h3>{TABLE_HEADINGS.t3}</h3>
      <table className="sum-table">
        <thead>
          <tr>
            <th scope="col">项目</th>
            {t3.columns.map((c) => <th key={c.key} scope="col">{c.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {t3.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{[...row.groups.slice(1).map((g) => g.label), row.label].join(' ')}</th>
              {t3.columns.map((c) => <Value key={c.key} k={cellKey('t3', row.key, c.key)} {...props} />)}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{TABLE_HEADINGS.t4}</h3>
      <table className="sum-table">
        <thead>
          <tr>
            <th scope="col" />
            {T4_OUTCOMES.map((o) => <th key={o.key} scope="col">{o.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {T4_GROUPS.map((g) => (
            <tr key={g.key}>
              <th scope="row">{g.path.map((p) => p.label).join(' › ')}</th>
              {T4_OUTCOMES.map((o) => <Value key={o.key} k={cellKey('t4', '', `${g.key}.${o.key}`)} {...props} />)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
