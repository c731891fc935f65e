import type { LabelCandidate } from './match'
import { normalizeLabel, stripOrdinal } from './normalize'

// Header labels cut short on the page (a narrow column printing "本年新" for 本年新制作数量): a cut
// label is matched only when the header leaves no doubt — a prefix that one column alone can
// complete, or cut labels that, in the header's order, complete the columns still unmatched in
// the form's order one for one.

const MIN_PREFIX = 2

function completes(label: string, text: string): boolean {
  const l = normalizeLabel(label)
  return text.length >= MIN_PREFIX && text.length < l.length && (l.startsWith(text) || stripOrdinal(l).startsWith(text))
}

/** Whether a text could be one of these labels cut short. */
export function isCutLabel<T>(text: string, labels: readonly LabelCandidate<T>[]): boolean {
  const t = normalizeLabel(text)
  return labels.some((c) => completes(c.label, t))
}

/**
 * For header cells no label matched (`texts`, left to right), the columns they stand for, by index;
 * `open` are the columns no other header cell matched, in the form's order.
 */
export function completeCutLabels<T>(texts: readonly string[], open: readonly LabelCandidate<T>[]): Map<number, T> {
  const out = new Map<number, T>()
  const norm = texts.map((t) => normalizeLabel(t))
  const cut = norm.map((t, i) => ({ i, t })).filter(({ t }) => open.some((c) => completes(c.label, t)))
  if (cut.length === 0) return out
  // Columns any cut label could complete, in the form's order (one spelling per column).
  const wanted = open.filter((c, k) => cut.some(({ t }) => completes(c.label, t)) && open.findIndex((o) => o.value === c.value) === k)
  if (wanted.length === cut.length && cut.every(({ t }, k) => completes(wanted[k].label, t))) {
    cut.forEach(({ i }, k) => out.set(i, wanted[k].value))
    return out
  }
  for (const { i, t } of cut) {
    const by = [...new Set(open.filter((c) => completes(c.label, t)).map((c) => c.value))]
    const rivals = cut.filter((o) => o.i !== i && open.some((c) => c.value === by[0] && completes(c.label, o.t)))
    if (by.length === 1 && rivals.length === 0) out.set(i, by[0])
  }
  return out
}
