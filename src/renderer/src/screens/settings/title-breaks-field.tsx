import { useEffect, useState } from 'react'
import { reportTitle, resolveTitleLines, titleBreakProblem, titleMaxCharsFor, type Report } from '../../../../shared/report'
import { DEFAULT_TYPOGRAPHY, type Typography } from '../../../../shared/settings'
import { api } from '../../api'

// 标题分行: the title's lines as the export breaks them, one per row; the clerk may move the breaks
// (never the words). Every keystroke is kept with the report, even when it does not fit yet.

const MAX_ROWS = 100

export function TitleBreaksField({ report, onChange }: { report: Report; onChange: (breaks: string[] | undefined) => void }) {
  const [typography, setTypography] = useState<Typography>(DEFAULT_TYPOGRAPHY)
  useEffect(() => {
    // The breaks depend on the title size and margins; the defaults serve until the settings arrive.
    api.settings.get().then((s) => setTypography(s.typography), () => undefined)
  }, [])
  const resolved = resolveTitleLines(report, titleMaxCharsFor(typography))
  const own = report.titleBreaks
  const value = (own ?? resolved.auto).join('\n')
  const problem = own ? titleBreakProblem(own, reportTitle(report)) : null
  return (
    <fieldset data-testid="title-breaks">
      <legend>标题分行</legend>
      <p className="muted">每行一段标题，按回车换行。只能移动换行的位置，不能改动文字；最多4行。</p>
      <textarea
        value={value}
        rows={Math.max(2, Math.min(6, value.split('\n').length))}
        aria-invalid={!!problem || undefined}
        data-testid="title-breaks-input"
        onChange={(e) => onChange(e.target.value.split('\n').slice(0, MAX_ROWS))}
      />
      {problem && (
        <span className="form-error" role="alert" data-testid="title-breaks-problem">
          {problem}。导出时不使用这一分行，改用自动分行；机关名称或年度改过的，可点“恢复自动分行”。
        </span>
      )}
      <p className="muted" data-testid="title-breaks-origin">
        {own ? (problem ? '您设定的分行（未生效）' : '您设定的分行（导出时使用）') : '自动分行（导出时使用）'}
        {own && (
          <button type="button" onClick={() => onChange(undefined)} data-testid="title-breaks-auto">
            恢复自动分行
          </button>
        )}
      </p>
    </fieldset>
  )
}
