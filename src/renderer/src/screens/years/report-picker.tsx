import type { ReportSummary } from '../../../../shared/ipc'
import { candidates, toggleSelection } from '../../../../shared/years/agency'

// Which stored reports the comparison shows: the same agency's are ticked; reports under a similar
// name (renamed office, typo) are listed for the user to add. One report a year.

function Choice({ r, selected, onToggle }: { r: ReportSummary; selected: boolean; onToggle: () => void }) {
  return (
    <label className="year-choice" data-testid="year-choice" data-report-id={r.id}>
      <input type="checkbox" checked={selected} onChange={onToggle} />
      {r.year}年 · {r.agency}
    </label>
  )
}

export function ReportPicker({ agency, reports, selected, onChange }: { agency: string; reports: ReportSummary[]; selected: string[]; onChange: (ids: string[]) => void }) {
  const { same, similar } = candidates(reports, agency)
  const toggle = (r: ReportSummary) => onChange(toggleSelection(selected, r, reports))
  return (
    <div className="report-picker" data-testid="report-picker">
      <div className="choices">
        <span className="muted">本机关的报告：</span>
        {same.map((r) => (
          <Choice key={r.id} r={r} selected={selected.includes(r.id)} onToggle={() => toggle(r)} />
        ))}
      </div>
      {similar.length > 0 && (
        <div className="choices" data-testid="similar-reports">
          <span className="muted">名称相近的报告（如机关更名，可勾选加入对比）：</span>
          {similar.map((r) => (
            <Choice key={r.id} r={r} selected={selected.includes(r.id)} onToggle={() => toggle(r)} />
          ))}
        </div>
      )}
    </div>
  )
}
