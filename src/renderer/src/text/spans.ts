import type { TextKey } from '../../../shared/form'
import type { Severity, Warning } from '../../../shared/rules'

// Cutting a text section into plain and highlighted pieces from the warnings' spans.

export interface Segment {
  text: string
  start: number
  severity?: Severity
  warning?: Warning
}

export function spansOf(section: TextKey, warnings: readonly Warning[]): { start: number; end: number; warning: Warning }[] {
  const out: { start: number; end: number; warning: Warning }[] = []
  for (const w of warnings) {
    if (w.acknowledged) continue
    for (const s of w.spans ?? []) if (s.section === section && s.end > s.start) out.push({ start: s.start, end: s.end, warning: w })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Segments covering the whole text; overlapping spans are cut so each character appears once. */
export function segmentText(text: string, section: TextKey, warnings: readonly Warning[]): Segment[] {
  const segments: Segment[] = []
  let at = 0
  for (const span of spansOf(section, warnings)) {
    const start = Math.max(span.start, at)
    const end = Math.min(span.end, text.length)
    if (end <= start) continue
    if (start > at) segments.push({ text: text.slice(at, start), start: at })
    segments.push({ text: text.slice(start, end), start, severity: span.warning.severity, warning: span.warning })
    at = end
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), start: at })
  return segments
}

/** Characters counted the way offices count a draft: everything but whitespace. */
export function textLength(text: string): number {
  return text.replace(/\s/g, '').length
}

/** Longest quote of the marked words in the list under the text: the text itself is right above. */
export const QUOTE_MAX = 20

/** The marked words as a short one-line quote: line breaks folded, cut at `max` characters with "…". */
export function shortQuote(text: string, max = QUOTE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(flat)
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`
}

/** One place a warning concerns in the text: its exact span, the paragraph it is in, its words. */
export interface NotePlace {
  start: number
  end: number
  /** 1-based paragraph (line of the text box) where the span starts. */
  paragraph: number
  quote: string
}

export interface TextNote {
  warning: Warning
  places: NotePlace[]
}

/**
 * The list under the text: each warning once, with every place it concerns, from the warnings'
 * own spans (the highlighting cuts overlapping spans; selecting from a cut piece would land late).
 */
export function textNotes(text: string, section: TextKey, warnings: readonly Warning[]): TextNote[] {
  const byWarning = new Map<Warning, NotePlace[]>()
  for (const s of spansOf(section, warnings)) {
    const end = Math.min(s.end, text.length)
    if (end <= s.start) continue
    const paragraph = text.slice(0, s.start).split('\n').length
    const places = byWarning.get(s.warning) ?? []
    places.push({ start: s.start, end, paragraph, quote: shortQuote(text.slice(s.start, end)) })
    byWarning.set(s.warning, places)
  }
  return [...byWarning].map(([warning, places]) => ({ warning, places }))
}
