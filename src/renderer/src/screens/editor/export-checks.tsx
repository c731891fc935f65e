import type { FormatId, TextKey } from '../../../../shared/form'
import type { ExportPreflight } from '../../../../shared/export/preflight'
import type { Warning } from '../../../../shared/rules'
import { exportErrorText } from './export-error-text'
import './export-dialog.css'

// The export's final check, as lists the clerk can act on: every item jumps to its place.

const SHOWN = 8

export interface ExportChecksProps {
  format: FormatId
  preflight: ExportPreflight
  headingOf: (key: TextKey) => string
  onJump: (w: Warning) => void
  onShowSection: (section: TextKey) => void
  onShowDetail: (field: string) => void
}

function WarningList({ format, list, onJump }: { format: FormatId; list: Warning[]; onJump: (w: Warning) => void }) {
  return (
    <ul>
      {list.slice(0, SHOWN).map((w) => (
        <li key={w.fingerprint}>
          <button type="button" className="link" onClick={() => onJump(w)}>
            {exportErrorText(format, w)}
          </button>
        </li>
      ))}
      {list.length > SHOWN && <li className="more">……另有 {list.length - SHOWN} 个</li>}
    </ul>
  )
}

export function ExportChecks({ format, preflight, headingOf, onJump, onShowSection, onShowDetail }: ExportChecksProps) {
  const errors = preflight.errors.filter((w) => !w.acknowledged)
  const { warnings, invalidDetails, reviewMarkers } = preflight
  return (
    <>
      {errors.length > 0 && (
        <div className="export-errors" data-testid="export-errors">
          <p>
            <strong>✖ 报告中还有 {errors.length} 个错误。</strong>建议先修改，或对确属无误的填写说明。
          </p>
          <WarningList format={format} list={errors} onJump={onJump} />
        </div>
      )}
      {invalidDetails.length > 0 && (
        <div className="export-errors" data-testid="export-invalid-details">
          <p>
            <strong>✖ 基本信息有误，会照样印在前言里：</strong>
          </p>
          <ul>
            {invalidDetails.map((d) => (
              <li key={d.field}>
                <button type="button" className="link" onClick={() => onShowDetail(d.field)} data-testid={`export-detail-${d.field}`}>
                  {d.label}“{d.value}”：{d.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="export-warnings" data-testid="export-warnings">
          <p>
            <strong>▲ 还有 {warnings.length} 个警告未处理</strong>（请核对；确属无误的，可在问题列表中说明原因）。
          </p>
          <WarningList format={format} list={warnings} onJump={onJump} />
        </div>
      )}
      {reviewMarkers.length > 0 && (
        <div className="export-markers" data-testid="export-review-markers">
          <p>
            <strong>▲ 还有“【请核对】”标记</strong>（从上年报告带来、尚未核对的内容）。导出时标记不会印出，但标记处的上年内容会原样印出。
          </p>
          <ul>
            {reviewMarkers.map((m) => (
              <li key={m.section}>
                <button type="button" className="link" onClick={() => onShowSection(m.section)}>
                  {headingOf(m.section)}：{m.count} 处
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}
