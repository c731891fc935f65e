import { describeCell, type FormatId } from '../../../../shared/form'
import { ruleText, type Warning } from '../../../../shared/rules'
import { RuleDetails } from '../../warnings/rule-details'
import { SEVERITY_LABEL } from '../../warnings/warning-index'

/**
 * One file's findings as the editor words them: severity, the rule in plain words, the message and
 * the cell; the rule's code only in the details (issue 13: codes mean nothing to a clerk).
 */
export function FileFindings({ warnings, format }: { warnings: readonly Warning[]; format: FormatId }) {
  if (warnings.length === 0) return <p className="ok">未发现问题。</p>
  return (
    <ul>
      {warnings.map((w) => (
        <li key={w.fingerprint} className={`sev-${w.severity}`} data-testid="folder-finding" data-rule={w.rule}>
          <span className="sev-label">{SEVERITY_LABEL[w.severity]}</span> <span className="rule-title">{ruleText(w.rule).title}</span>：{w.message}
          {w.cells.length > 0 && <span className="warning-where">（{describeCell(format, w.cells[0])}）</span>}
          <RuleDetails rule={w.rule} />
        </li>
      ))}
    </ul>
  )
}
