import type { ReportSummary } from '../../../../shared/ipc'

/** The stored reports of one year, to tick for the 汇总. */
export function ReportPicker({ reports, year, selected, onYear, onToggle }: {
  reports: ReportSummary[]
  year: number | null
  selected: Set<string>
  onYear: (year: number) => void
  onToggle: (id: string) => void
}) {
  const years = [...new Set(reports.map((r) => r.year))].sort((a, b) => b - a)
  if (years.length === 0) return <p className="empty">还没有已保存的报告。可以从文件夹汇总。</p>
  const ofYear = reports.filter((r) => r.year === year).sort((a, b) => a.agency.localeCompare(b.agency, 'zh-CN'))
  return (
    <>
      <label>
        年度{' '}
        <select value={year ?? ''} onChange={(e) => onYear(Number(e.target.value))} data-testid="aggregate-year">
          {years.map((y) => <option key={y} value={y}>{y}年度</option>)}
        </select>
      </label>
      <ul className="report-picks" data-testid="report-picks">
        {ofYear.map((r) => (
          <li key={r.id}>
            <label>
              <input type="checkbox" checked={selected.has(r.id)} onChange={() => onToggle(r.id)} /> {r.agency || '（未填写机关名称）'}
              {r.errors > 0 && <span className="sev-error">（{r.errors}个错误）</span>}
            </label>
          </li>
        ))}
      </ul>
    </>
  )
}
