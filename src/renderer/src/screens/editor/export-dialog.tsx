import { useEffect, useMemo, useState } from 'react'
import { FORMATS, type TextSectionKey } from '../../../../shared/form'
import { preflightExport } from '../../../../shared/export/preflight'
import type { Report } from '../../../../shared/report'
import type { BlankAs } from '../../../../shared/settings'
import type { Warning } from '../../../../shared/rules'
import { api, errorMessage } from '../../api'
import { Dialog } from '../../dialog'
import { exportErrorText } from './export-error-text'

export type ExportKind = 'docx' | 'html' | 'pdf' | 'json'

const KIND_LABEL: Record<ExportKind, string> = { docx: 'Word 文档（.docx）', html: '网页（.html）', pdf: 'PDF 文档（.pdf）', json: '交换文件（.json）' }

export interface ExportDialogProps {
  report: Report
  previous: Report | null
  kind: ExportKind
  /** Saves pending edits first: the export reads the stored report. */
  flush: () => Promise<void>
  onJump: (w: Warning) => void
  /** Shows a text section (its review markers selected when there are some). */
  onShowSection: (section: TextSectionKey) => void
  onClose: () => void
}

/** Export through the checks: open errors listed first (fix or export anyway), then blank-as-0 or "/". */
export function ExportDialog(p: ExportDialogProps) {
  // The export's own checks (shared with the CLI): errors, blank cells, empty text sections.
  const preflight = useMemo(() => preflightExport(p.report, p.previous), [p.report, p.previous])
  const errors = preflight.errors.filter((w) => !w.acknowledged)
  const headings = new Map(FORMATS[p.report.format].sections.map((s) => [s.key, s.heading]))
  const [kind, setKind] = useState<ExportKind>(p.kind)
  const [blankAs, setBlankAs] = useState<BlankAs>('zero')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<string | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    api.settings.get().then((s) => setBlankAs(s.blankAs), () => undefined)
  }, [])

  const run = async () => {
    setBusy(true)
    setFailure(null)
    try {
      await p.flush()
      const res = await api.files.export({ id: p.report.id, kind, blankAs })
      setResult(res.saved ? `已导出：${res.path}` : '已取消导出。')
    } catch (e) {
      setFailure(`导出失败：${errorMessage(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title="导出报告" onClose={p.onClose} testId="export-dialog">
      {result ? (
        <>
          <p data-testid="export-result">{result}</p>
          <div className="dialog-buttons">
            <button type="button" className="primary" onClick={p.onClose} autoFocus>
              关闭
            </button>
          </div>
        </>
      ) : (
        <>
          {errors.length > 0 && (
            <div className="export-errors" data-testid="export-errors">
              <p>
                <strong>✖ 报告中还有 {errors.length} 个错误。</strong>建议先修改，或对确属无误的填写说明。
              </p>
              <ul>
                {errors.slice(0, 8).map((w) => (
                  <li key={w.fingerprint}>
                    <button type="button" className="link" onClick={() => p.onJump(w)}>
                      {exportErrorText(p.report.format, w)}
                    </button>
                  </li>
                ))}
                {errors.length > 8 && <li>……另有 {errors.length - 8} 个</li>}
              </ul>
            </div>
          )}
          {preflight.reviewMarkers.length > 0 && (
            <div className="export-markers" data-testid="export-review-markers">
              <p>
                <strong>▲ 正文中还有“【请核对】”标记</strong>（从上年报告带来、尚未核对的内容）。导出时标记不会印出，但标记处的上年内容会原样印出。
              </p>
              <ul>
                {preflight.reviewMarkers.map((m) => (
                  <li key={m.section}>
                    <button type="button" className="link" onClick={() => p.onShowSection(m.section)}>
                      {headings.get(m.section)}：{m.count} 处
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preflight.emptySections.length > 0 && (
            <p className="form-hint" data-testid="export-empty-sections">
              ▲ 以下部分还没有文字，导出后只有标题：{preflight.emptySections.map((k) => headings.get(k)).join('、')}
            </p>
          )}
          <fieldset>
            <legend>导出格式</legend>
            {(Object.keys(KIND_LABEL) as ExportKind[]).map((k) => (
              <label key={k} className="radio">
                <input type="radio" name="kind" checked={kind === k} onChange={() => setKind(k)} />
                {KIND_LABEL[k]}
              </label>
            ))}
          </fieldset>
          {kind !== 'json' && (
            <fieldset>
              <legend>
                {preflight.blankCells.length > 0 ? `有 ${preflight.blankCells.length} 个单元格未填写，导出时写作` : '所有单元格都已填写；如有空白写作'}
              </legend>
              <label className="radio">
                <input type="radio" name="blankAs" checked={blankAs === 'zero'} onChange={() => setBlankAs('zero')} data-testid="blank-zero" />
                0
              </label>
              <label className="radio">
                <input type="radio" name="blankAs" checked={blankAs === 'slash'} onChange={() => setBlankAs('slash')} data-testid="blank-slash" />
                “/”（不适用）
              </label>
            </fieldset>
          )}
          {failure && (
            <p className="form-error" role="alert">
              {failure}
            </p>
          )}
          <div className="dialog-buttons">
            <button type="button" onClick={p.onClose}>
              {errors.length > 0 ? '返回修改' : '取消'}
            </button>
            <button type="button" className="primary" onClick={run} disabled={busy} data-testid="export-confirm" autoFocus>
              {busy ? '正在导出…' : errors.length > 0 ? '仍然导出' : '导出'}
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
