import { ruleText, type Warning } from '../../../shared/rules'
import './warnings.css'

/** What the rule checks, in a sentence, and its code: out of the way until asked for. */
export function RuleDetails({ rule }: { rule: Warning['rule'] }) {
  const text = ruleText(rule)
  return (
    <details className="rule-details" data-testid="rule-details">
      <summary>这条检查是什么</summary>
      {text.explanation && <p>{text.explanation}</p>}
      <p className="muted">
        规则编号 <span className="rule-id">{rule}</span>
      </p>
    </details>
  )
}
