import type { ReportSummary } from '../../../../shared/ipc'
import { formatName, localDateTime } from '../../format-labels'

export interface ReportListActions {
  onOpen: (id: string) => void
  onDuplicate: (id: string) => void
  onDelete: (summary: ReportSummary) => void
  /** 历年对比 of the report's agency. */
  onYears?: (id: string) => void
}

/** Every stored report, newest year first. */
export function ReportList({ reports, actions }: { reports: ReportSummary[]; actions: ReportListActions }) {
  if (reports.length === 0) return <p className="empty" data-testid="no-reports">还没有报告。请新建一份，或导入上一年度的报告。</p>
  const sorted = [...reports].sort((a, b) => b.year - a.year || a.agency.localeCompare(b.agency, 'zh-CN'))
  return (
    <table className="report-list" data-testid="report-list">
      <thead>
        <tr>
          <th scope="col">机关</th>
          <th scope="col">年度</th>
          <th scope="col">格式</th>
          <th scope="col">错误</th>
          <th scope="col">警告</th>
          <th scope="col">最后保存</th>
          <th scope="col">操作</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.id} data-report-id={r.id} data-testid="report-row">
            <td>
              <button type="button" className="link strong" onClick={() => actions.onOpen(r.id)} data-testid="open-report">
                {r.agency || '（未填写机关名称）'}
              </button>
            </td>
            <td>{r.year}</td>
            <td>{formatName(r.format)}</td>
            <td className={r.errors ? 'sev-error' : 'muted'}>{r.errors ? `✖ ${r.errors}` : '0'}</td>
            <td className={r.warnings ? 'sev-warning' : 'muted'}>{r.warnings ? `▲ ${r.warnings}` : '0'}</td>
            <td>{localDateTime(r.savedAt ?? r.updatedAt)}</td>
            <td>
              <div className="row-actions">
              <button type="button" className="small" onClick={() => actions.onOpen(r.id)} aria-label={`打开 ${r.agency} ${r.year}年度`}>
                打开
              </button>
              <button type="button" className="small" onClick={() => actions.onDuplicate(r.id)} data-testid="duplicate-report" aria-label={`复制 ${r.agency} ${r.year}年度`}>
                复制
              </button>
              {actions.onYears && (
                <button type="button" className="small" onClick={() => actions.onYears!(r.id)} data-testid="years-report" aria-label={`历年对比 ${r.agency} ${r.year}年度`}>
                  历年对比
                </button>
              )}
              <button type="button" className="small danger" onClick={() => actions.onDelete(r)} data-testid="delete-report" aria-label={`删除 ${r.agency} ${r.year}年度`}>
                删除
              </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
