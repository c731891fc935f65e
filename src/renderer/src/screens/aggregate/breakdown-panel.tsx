import { describeCell } from '../../../../shared/form'
import type { AggregateView } from '../../../../shared/ipc-work'
import { formatCellValue } from '../../../../shared/report/values'

/** One cell of the 汇总, department by department, and its sum. */
export function BreakdownPanel({ view, cellKey }: { view: AggregateView; cellKey: string }) {
  const sum = view.cells[cellKey]
  return (
    <section className="breakdown" data-testid="breakdown" aria-live="polite">
      <h3>分部门明细</h3>
      <p className="breakdown-label" data-testid="breakdown-label">{describeCell(view.layout, cellKey)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">部门</th>
            <th scope="col">数值</th>
          </tr>
        </thead>
        <tbody>
          {view.departments.map((d) => {
            const v = d.cells[cellKey]
            return (
              <tr key={d.department} data-testid="breakdown-row">
                <th scope="row">{d.department}</th>
                <td className={v === null || v === undefined ? 'muted' : undefined}>{formatCellValue(v) || '空白'}</td>
              </tr>
            )
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">合计</th>
            <td data-testid="breakdown-sum">{formatCellValue(sum) || '空白'}</td>
          </tr>
        </tfoot>
      </table>
    </section>
  )
}
