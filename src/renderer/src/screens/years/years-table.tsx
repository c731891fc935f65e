import { changeNote, changeText, valueText } from '../../../../shared/years/display'
import type { YearCell, YearColumn, YearsTable } from '../../../../shared/years/series'
import { formatName } from '../../format-labels'

// The key figures as a table: one column per year, each value with its change from the year before.

export function yearSubtitle(y: YearColumn): string {
  if (!y.report) return '无报告'
  return y.report.layout === '2021-other2019' ? `${formatName('2021')}（其他处理按2019年版）` : formatName(y.report.format)
}

function changeClass(c: YearCell['change']): string {
  if (c.kind === 'none') return c.reason === 'notComparable' ? 'change not-comparable' : 'change muted'
  return c.absolute > 0 ? 'change up' : c.absolute < 0 ? 'change down' : 'change'
}

export function YearsTableView({ table }: { table: YearsTable }) {
  return (
    <table className="years-table" data-testid="years-table">
      <thead>
        <tr>
          <th scope="col">项目</th>
          {table.years.map((y) => (
            <th key={y.year} scope="col" data-year={y.year} className={y.report ? undefined : 'no-report'}>
              {y.year}年
              <small>{yearSubtitle(y)}</small>
              {y.formatChanged && (
                <span className="format-change" data-testid="format-change" title="与上一份报告格式不同：表中标注“格式变更，不可比”的项目不计算变化">
                  格式变更
                </span>
              )}
            </th>
          ))}
        </tr>
      </thead>
      {table.groups.map((g) => (
        <tbody key={g.group} data-group={g.group}>
          <tr className="group-heading">
            <th colSpan={table.years.length + 1} scope="colgroup">
              {g.heading}
            </th>
          </tr>
          {g.rows.map((r) => (
            <tr key={r.id} data-figure={r.id}>
              <th scope="row" title={r.fullName}>
                {r.name}
              </th>
              {r.cells.map((c) => (
                <td key={c.year} data-year={c.year} data-value={c.value.kind === 'number' ? c.value.value : c.value.kind}>
                  <span className="value">{valueText(c.value)}</span>
                  <span className={changeClass(c.change)} data-testid="year-change">
                    {changeText(c.change) || changeNote(c.change)}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  )
}
