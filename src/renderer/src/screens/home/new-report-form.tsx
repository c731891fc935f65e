import { useRef, useState, useEffect } from 'react'
import { FORMAT_IDS, formatForYear, type FormatId } from '../../../../shared/form'
import { formatName } from '../../format-labels'
import { newReportProblem } from './new-report-check'

export interface NewReportInput {
  agency: string
  year: number
  format?: FormatId
}

/** New report: agency, year, and the format the year calls for (overridable). */
export function NewReportForm({ onCreate, focusNonce, busy }: { onCreate: (input: NewReportInput) => void; focusNonce?: number; busy: boolean }) {
  const [agency, setAgency] = useState('')
  const [yearText, setYearText] = useState(String(new Date().getFullYear() - 1))
  const [format, setFormat] = useState<'auto' | FormatId>('auto')
  const [touched, setTouched] = useState(false)
  const agencyRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (focusNonce) agencyRef.current?.focus()
  }, [focusNonce])

  const problem = newReportProblem(agency, yearText)
  const year = Number(yearText)
  const auto = /^\d{4}$/.test(yearText) ? formatForYear(year) : null

  return (
    <form
      className="card new-report"
      aria-label="新建报告"
      data-testid="new-report-form"
      onSubmit={(e) => {
        e.preventDefault()
        setTouched(true)
        if (problem || busy) return
        onCreate({ agency: agency.trim(), year, format: format === 'auto' ? undefined : format })
      }}
    >
      <h2>新建报告</h2>
      <label>
        机关名称
        <input ref={agencyRef} value={agency} onChange={(e) => setAgency(e.target.value)} placeholder="例如：某某市某某局" data-testid="new-agency" />
      </label>
      <label>
        报告年度
        <input value={yearText} onChange={(e) => setYearText(e.target.value.trim())} inputMode="numeric" maxLength={4} className="year" data-testid="new-year" />
      </label>
      <label>
        表格格式
        <select value={format} onChange={(e) => setFormat(e.target.value as 'auto' | FormatId)} data-testid="new-format">
          <option value="auto">{auto ? `按年度：${formatName(auto)}` : '按年度自动选择'}</option>
          {FORMAT_IDS.map((f) => (
            <option key={f} value={f}>
              {formatName(f)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy} data-testid="create-report">
        新建
      </button>
      {touched && problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {format !== 'auto' && auto && format !== auto && <p className="form-hint">注意：{year}年度的报告通常使用{formatName(auto)}。</p>}
    </form>
  )
}
