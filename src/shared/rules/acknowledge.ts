import type { Acknowledgement, CellValue, ReportContent } from '../report/types'
import type { Warning } from './types'

// Acknowledged warnings (审核错误说明): a written explanation that holds while the cells (and the
// quoted text) the warning concerns stay as they were when it was written.

/** What an acknowledgement remembers: the values of the warning's cells and the text of its spans. */
export function concernedValues(report: Pick<ReportContent, 'cells' | 'text'>, warning: Warning): Record<string, CellValue> {
  const values: Record<string, CellValue> = {}
  for (const key of warning.cells) values[key] = report.cells[key] ?? null
  warning.spans?.forEach((s, i) => {
    values[`text.${s.section}#${i}`] = (report.text[s.section] ?? '').slice(s.start, s.end)
  })
  return values
}

function sameValues(a: Record<string, CellValue>, b: Record<string, CellValue>): boolean {
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  return ka.every((k) => k in b && a[k] === b[k])
}

/** Hard rules (errors) must be corrected, not explained away. */
export function canAcknowledge(warning: Warning): boolean {
  return warning.severity !== 'error'
}

/** The report's new list of acknowledgements with this warning explained (replacing an older one). */
export function acknowledge(
  report: Pick<ReportContent, 'cells' | 'text' | 'acknowledgements'>,
  warning: Warning,
  explanation: string,
  now: Date = new Date()
): Acknowledgement[] {
  if (!canAcknowledge(warning)) throw new Error('错误类问题（硬性规则）不能说明后忽略，请更正数据')
  const text = explanation.trim()
  if (!text) throw new Error('请填写说明')
  const rest = (report.acknowledgements ?? []).filter((a) => a.fingerprint !== warning.fingerprint)
  return [
    ...rest,
    { fingerprint: warning.fingerprint, rule: warning.rule, explanation: text, values: concernedValues(report, warning), at: now.toISOString() }
  ]
}

export function withdrawAcknowledgement(report: Pick<ReportContent, 'acknowledgements'>, fingerprint: string): Acknowledgement[] {
  return (report.acknowledgements ?? []).filter((a) => a.fingerprint !== fingerprint)
}

/** Marks the warnings whose acknowledgement still holds. */
export function applyAcknowledgements(report: ReportContent, warnings: Warning[]): Warning[] {
  const acks = report.acknowledgements
  if (!acks || acks.length === 0) return warnings
  const byFingerprint = new Map(acks.map((a) => [a.fingerprint, a]))
  return warnings.map((w) => {
    const a = byFingerprint.get(w.fingerprint)
    if (!a || !canAcknowledge(w) || !sameValues(a.values, concernedValues(report, w))) return w
    return { ...w, acknowledged: { explanation: a.explanation, at: a.at } }
  })
}
