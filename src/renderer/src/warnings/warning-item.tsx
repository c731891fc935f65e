import { memo, useState } from 'react'
import { describeCell, type FormatId } from '../../../shared/form'
import { canAcknowledge, ruleText, type Warning } from '../../../shared/rules'
import { RuleDetails } from './rule-details'
import { SEVERITY_ICON, SEVERITY_LABEL } from './warning-index'

export interface WarningActions {
  onJump: (w: Warning) => void
  onFix: (w: Warning) => void
  onAcknowledge: (w: Warning, explanation: string) => void
  onWithdraw: (w: Warning) => void
}

/** One warning: what is wrong, where (jump), a certain fix, and acknowledging with an explanation. */
function WarningItemView({ w, format, actions, focused = false }: { w: Warning; format: FormatId; actions: WarningActions; focused?: boolean }) {
  // The panel's list carries data-rule; the copy shown for the focused cell does not, so a rule id
  // finds exactly one item.
  const ruleAttr = focused ? { 'data-focused-rule': w.rule } : { 'data-rule': w.rule }
  const [writing, setWriting] = useState(false)
  const [text, setText] = useState('')
  const where = w.cells.length ? describeCell(format, w.cells[0]) : w.spans?.length ? '正文' : ''
  return (
    <li className={`warning sev-${w.severity}${w.acknowledged ? ' acked' : ''}`} {...ruleAttr} data-severity={w.severity}>
      <button type="button" className="warning-main" onClick={() => actions.onJump(w)} title="转到相关单元格或文字">
        <span className="sev-icon" aria-hidden="true">
          {SEVERITY_ICON[w.severity]}
        </span>
        <span className="sev-label">{SEVERITY_LABEL[w.severity]}</span>
        <span className="rule-title">{ruleText(w.rule).title}</span>
        <span className="warning-message">{w.message}</span>
        {where && <span className="warning-where">{where}</span>}
      </button>
      {w.acknowledged ? (
        <div className="ack-note">
          已说明：{w.acknowledged.explanation}
          <button type="button" className="link" onClick={() => actions.onWithdraw(w)}>
            撤销说明
          </button>
        </div>
      ) : (
        <div className="warning-actions">
          {w.fix && (
            <button type="button" className="small primary" data-testid="apply-fix" onClick={() => actions.onFix(w)}>
              {w.fix.label}
            </button>
          )}
          {!writing && canAcknowledge(w) && (
            <button type="button" className="small" data-testid="acknowledge" onClick={() => setWriting(true)}>
              说明原因
            </button>
          )}
          {w.severity === 'error' && !w.fix && <span className="form-hint">错误须更正数据</span>}
        </div>
      )}
      <RuleDetails rule={w.rule} />
      {writing && !w.acknowledged && (
        <form
          className="ack-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (!text.trim()) return
            actions.onAcknowledge(w, text)
            setWriting(false)
            setText('')
          }}
        >
          <label>
            说明（为什么这里的数字是对的）
            <textarea
              autoFocus
              value={text}
              data-testid="acknowledge-text"
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setWriting(false)
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.form?.requestSubmit()
              }}
              rows={2}
            />
          </label>
          {!text.trim() && <span className="form-hint">请填写说明后确认</span>}
          <button type="submit" className="small primary" disabled={!text.trim()} data-testid="acknowledge-confirm">
            确认说明
          </button>
          <button type="button" className="small" onClick={() => setWriting(false)}>
            取消
          </button>
        </form>
      )}
    </li>
  )
}

/** Same warning, same look: the engine returns new objects on every check, so compare what is shown. */
export function sameShown(a: Warning, b: Warning): boolean {
  return (
    a.fingerprint === b.fingerprint &&
    a.message === b.message &&
    a.severity === b.severity &&
    a.cells[0] === b.cells[0] &&
    a.fix?.label === b.fix?.label &&
    JSON.stringify(a.fix?.set) === JSON.stringify(b.fix?.set) &&
    a.acknowledged?.explanation === b.acknowledged?.explanation
  )
}

export const WarningItem = memo(WarningItemView, (a, b) => a.format === b.format && a.actions === b.actions && a.focused === b.focused && sameShown(a.w, b.w))
