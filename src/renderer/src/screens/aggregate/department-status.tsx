import type { DepartmentStatus } from '../../../../shared/aggregate/status'
import type { LayoutId } from '../../../../shared/form'
import { PlainFindings } from '../../warnings/plain-findings'

// Every expected department (missing ones too) and every department present, with the rules' verdict.

const STATE: Record<DepartmentStatus['state'], { text: string; className: string }> = {
  missing: { text: '未报送', className: 'sev-error' },
  failing: { text: '有错误', className: 'sev-warning' },
  ok: { text: '已报送，无错误', className: 'ok' }
}

export function DepartmentStatusTable({ statuses, layout }: { statuses: DepartmentStatus[]; layout: LayoutId }) {
  const missing = statuses.filter((s) => s.state === 'missing').length
  const failing = statuses.filter((s) => s.state === 'failing').length
  return (
    <>
      <p data-testid="department-summary">
        共{statuses.length}个部门：{statuses.length - missing}个已报送，<span className={missing ? 'sev-error' : undefined}>{missing}个未报送</span>，
        <span className={failing ? 'sev-warning' : undefined}>{failing}个有错误</span>
      </p>
      <table className="department-status" data-testid="department-status">
        <thead>
          <tr>
            <th scope="col">部门</th>
            <th scope="col">状态</th>
            <th scope="col">错误</th>
            <th scope="col">警告</th>
            <th scope="col">来源</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((s) => (
            <tr key={s.department} data-testid="department-row" data-state={s.state}>
              <th scope="row">
                {s.department}
                {!s.expected && <span className="muted">（不在名单中）</span>}
              </th>
              <td className={STATE[s.state].className}>{STATE[s.state].text}</td>
              <td>{s.counts?.error ?? '—'}</td>
              <td>{s.counts?.warning ?? '—'}</td>
              <td className="muted">{s.source ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {statuses.some((s) => s.state === 'failing') && (
        <details className="department-errors">
          <summary>查看各部门的错误</summary>
          {statuses.filter((s) => s.state === 'failing').map((s) => (
            <div key={s.department}>
              <h4>{s.department}</h4>
              <PlainFindings warnings={s.warnings!.filter((w) => w.severity === 'error')} layout={layout} />
            </div>
          ))}
        </details>
      )}
    </>
  )
}
