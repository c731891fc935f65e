import type { Acknowledgement, Report } from '../../../shared/report'
import type { Warning } from '../../../shared/rules'

// Acknowledging a warning with a written explanation (审核错误说明). The rule engine is expected to
// export the same helpers; until it does, the renderer writes the Acknowledgement itself, exactly
// as src/shared/report/types.ts describes it.

/** The acknowledgement list with this warning acknowledged (replacing an earlier one). */
export function acknowledgeWarning(report: Report, warning: Warning, explanation: string, now = new Date()): Acknowledgement[] {
  const values = Object.fromEntries(warning.cells.map((k) => [k, report.cells[k] ?? null]))
  const ack: Acknowledgement = { fingerprint: warning.fingerprint, rule: warning.rule, explanation: explanation.trim(), values, at: now.toISOString() }
  return [...report.acknowledgements.filter((a) => a.fingerprint !== warning.fingerprint), ack]
}

export function withdrawAcknowledgement(report: Report, warning: Warning): Acknowledgement[] {
  return report.acknowledgements.filter((a) => a.fingerprint !== warning.fingerprint)
}

/**
 * Marks warnings acknowledged whose cells still hold the acknowledged values. Leaves warnings the
 * engine already marked untouched, so it is harmless once the engine does this itself.
 */
export function applyAcknowledgements(report: Report, warnings: Warning[]): Warning[] {
  if (report.acknowledgements.length === 0) return warnings
  const byFingerprint = new Map(report.acknowledgements.map((a) => [a.fingerprint, a]))
  return warnings.map((w) => {
    if (w.acknowledged) return w
    const ack = byFingerprint.get(w.fingerprint)
    if (!ack) return w
    const unchanged = Object.entries(ack.values).every(([k, v]) => (report.cells[k] ?? null) === v)
    return unchanged ? { ...w, acknowledged: { explanation: ack.explanation, at: ack.at } } : w
  })
}
