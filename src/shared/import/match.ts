import { editDistance, normalizeLabel, stripOrdinal } from './normalize'

// Matching a text found in a document against the labels the form definition prints.

export interface LabelCandidate<T> {
  label: string
  value: T
}

export interface LabelMatch<T> {
  value: T
  score: number
  /** Another candidate scored as well: the match is ambiguous. */
  ambiguous: boolean
}

/** Edits tolerated for a label of this length: none for very short labels, then about one in eight. */
function tolerance(length: number): number {
  if (length <= 3) return 0
  return Math.max(1, Math.floor(length / 8))
}

// The form's labels are few and asked for over and over: normalise each once.
const labelCache = new Map<string, string>()
function normalizedFormLabel(label: string): string {
  let n = labelCache.get(label)
  if (n === undefined) {
    n = normalizeLabel(label)
    if (labelCache.size < 1000) labelCache.set(label, n)
  }
  return n
}

/** How well a document text matches a label, 0 (no) to 1 (exact). */
export function labelScore(text: string, label: string): number {
  return normalizedScore(normalizeLabel(text), label)
}

/** labelScore for a text already passed through normalizeLabel. */
export function normalizedScore(a: string, label: string): number {
  const b = normalizedFormLabel(label)
  if (a === '' || b === '') return 0
  if (a === b) return 1
  const sa = stripOrdinal(a)
  const sb = stripOrdinal(b)
  if (sa === sb && sa !== '') return 0.95
  for (const [x, y] of [
    [a, b],
    [sa, sb]
  ]) {
    const max = tolerance(y.length)
    if (max === 0) continue
    const d = editDistance(x, y, max)
    if (d <= max) return 0.9 - (0.2 * d) / y.length
  }
  return 0
}

/** The best candidate for a text, or undefined when none passes the threshold. */
export function bestLabel<T>(text: string, candidates: readonly LabelCandidate<T>[]): LabelMatch<T> | undefined {
  let best: LabelMatch<T> | undefined
  for (const c of candidates) {
    const score = labelScore(text, c.label)
    if (score === 0) continue
    if (!best || score > best.score) best = { value: c.value, score, ambiguous: false }
    else if (score === best.score && c.value !== best.value) best.ambiguous = true
  }
  return best
}
