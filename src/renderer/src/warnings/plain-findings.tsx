import type { ReactNode } from 'react'
import { describeCell, type LayoutId } from '../../../shared/form'
import { ruleText, type Warning } from '../../../shared/rules'
import { RuleDetails } from './rule-details'
import { SEVERITY_LABEL } from './warning-index'

/**
 * Findings to read, not to act on (a file of a folder, a department of a 汇总), worded as the
 * editor's panel words them: severity, the rule in plain words, the message and the cell; the
 * rule's code only in the details (issue 13: codes mean nothing to a clerk).
 */
export function PlainFindings({ warnings, layout, empty = <p className="ok">未发现问题。</p> }: { warnings: readonly Warning[]; layout: LayoutId; empty?: ReactNode }) {
  if (warnings.length === 0) return empty
  return (
    <ul>
      {warnings.map((w) => (
        <li key={w.fingerprint} className={`sev-${w.severity}`} data-testid="finding" data-rule={w.rule}>
          <span className="sev-label">{SEVERITY_LABEL[w.severity]}</span> <span className="rule-title">{ruleText(w.rule).title}</span>：{w.message}
          {w.cells.length > 0 && <span className="warning-where">（{describeCell(layout, w.cells[0])}）</span>}
          <RuleDetails rule={w.rule} />
        </li>
      ))}
    </ul>
  )
}
