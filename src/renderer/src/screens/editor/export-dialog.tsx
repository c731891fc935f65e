import { useEffect, useMemo, useState } from 'react'
import { FORMATS, type TextKey } from '../../../../shared/form'
import { preflightExport } from '../../../../shared/export/preflight'
import type { Report } from '../../../../shared/report'
import { PREFACE_HEADING } from '../../../../shared/report/preface'
import type { BlankAs } from '../../../../shared/settings'
import type { Warning } from '../../../../shared/rules'
import { api, errorMessage } from '../../api'
import { Dialog } from '../../dialog'
import { ExportChecks } from './export-checks'
import { ExportDone } from './export-done'

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
  onShowSection: (section: TextKey) => void
  /** Shows a detail of 基本信息与落款 (a contact field), focused. */
  onShowDetail: (field: string) => void
  onClose: () => void
}

/**
 * Export as the final check: errors, details that would print wrong, warnings not answered and review
 * markers, each jumping to its place; then blank-as-0 or "/"; after it, open the file or its folder.
 */
export function ExportDialog(p: ExportDialogProps) {
  // The export's own checks (shared with the CLI): errors, blank cells, empty text sections.
  const preflight = useMemo(() => preflightExport(p.report, p.previous), [p.report, p.previous])
  const errors = preflight.errors.filter((w) => !w.acknowledged)
  // Errors and details that would print wrong: exporting is then the clerk's explicit choice.
  const mustDecide = errors.length > 0 || preflight.invalidDetails.length > 0
  const headings = new Map<string, string>(FORMATS[p.report.format].sections.map((s) => [s.key, s.heading]))
  const headingOf = (key: TextKey) => (key === 'preface' ? PREFACE_HEADING : (headings.get(key) ?? key))
  const [kind, setKind] = useState<ExportKind>(p.kind)
  const [blankAs, setBlankAs] = useState<BlankAs>('zero')
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<{ path: string; openToken?: string } | null>(null)
  const [canceled, setCanceled] = useState(false)
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
      if (res.saved) setDone({ path: res.path, openToken: res.openToken })
      else setCanceled(true)
    } catch (e) {
      setFailure(`导出失败：${errorMessage(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title="导出报告" onClose={p.onClose} testId="export-dialog">
      {done ? (
        <ExportDone path={done.path} openToken={done.openToken} onClose={p.onClose} />
      ) : canceled ? (
        <>
          <p data-testid="export-result">已取消导出。</p>
          <div className="dialog-buttons">
            <button type="button" className="primary" onClick={p.onClose} autoFocus>
              关闭
            </button>
          </div>
        </>
      ) : (
        <>
          <ExportChecks
            format={p.report.format}
            preflight={preflight}
            headingOf={headingOf}
            onJump={p.onJump}
            onShowSection={p.onShowSection}
            onShowDetail={p.onShowDetail}
          />
          {preflight.emptySections.length > 0 && (
            <p className="form-hint" data-testid="export-empty-sections">
              ▲ 以下部分还没有文字，导出后只有标题：{preflight.emptySections.map((k) => headingOf(k)).join('、')}
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
          {kind !== 'json' &&
            (preflight.blankCells.length > 0 ? (
              <fieldset>
                <legend>有 {preflight.blankCells.length} 个单元格未填写，导出时写作</legend>
                <label className="radio">
                  <input type="radio" name="blankAs" checked={blankAs === 'zero'} onChange={() => setBlankAs('zero')} data-testid="blank-zero" />
                  0
                </label>
                <label className="radio">
                  <input type="radio" name="blankAs" checked={blankAs === 'slash'} onChange={() => setBlankAs('slash')} data-testid="blank-slash" />
                  “/”（不适用）
                </label>
              </fieldset>
            ) : (
              <p className="form-hint" data-testid="export-all-filled">
                ✓ 所有单元格都已填写。
              </p>
            ))}
          {failure && (
            <p className="form-error" role="alert">
              {failure}
            </p>
          )}
          <div className="dialog-buttons">
            <button type="button" onClick={p.onClose}>
              {mustDecide ? '返回修改' : '取消'}
            </button>
            <button type="button" className="primary" onClick={run} disabled={busy} data-testid="export-confirm" autoFocus>
              {busy ? '正在导出…' : mustDecide ? '仍然导出' : '导出'}
            </button>
          </div>
        </>
      )}
    </Dialog>
  )
}
