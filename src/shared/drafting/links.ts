import type { TextSectionKey } from '../form/types'
import type { ReportContent, ReportText, TextLink } from '../report/types'
import type { TextEdit } from '../rules/types'
import { frag, list, percent, tablesOf, type Figure, type Fragment } from './compose'

// Figures inserted from the tables stay linked to their cells without any marker in the text: a
// link keeps the words just before the figure (back to the previous number or sentence end) and
// the unit after it, and finds the figure again by them, nearest to where it was last seen.

/** Longest context kept before a figure: enough to tell "自然人申请" from "法人或其他组织申请". */
const BEFORE_MAX = 12
const STOP = /[\d。；;！!？?\n]/
const FIGURE = /^\d+(?:\.\d+)?/

function anchorBefore(text: string, start: number): string {
  let i = start
  while (i > 0 && start - i < BEFORE_MAX && !STOP.test(text[i - 1])) i--
  return text.slice(i, start)
}

export interface Inserted {
  text: string
  links: TextLink[]
  /** Where the caret goes: right after the inserted text. */
  caret: number
}

/**
 * Inserts paragraphs of drafted statements at `at` (on a line of their own) and links each figure
 * to its cells. Links already in the section after `at` move with the text.
 */
export function insertDraft(text: string, links: readonly TextLink[], section: TextSectionKey, at: number, paragraphs: readonly Fragment[]): Inserted {
  const pos = Math.max(0, Math.min(at, text.length))
  const prefix = pos > 0 && text[pos - 1] !== '\n' ? '\n' : ''
  const suffix = pos < text.length && text[pos] !== '\n' ? '\n' : ''
  const body = frag(prefix, list(paragraphs, '\n'), suffix)
  const next = text.slice(0, pos) + body.text + text.slice(pos)
  // Links whose words were deleted since are dropped here rather than kept forever.
  const kept = links.filter((l) => l.section !== section || resolveLink(text, l) !== undefined)
  const moved = kept.map((l) => (l.section === section && l.start >= pos ? { ...l, start: l.start + body.text.length, end: l.end + body.text.length } : l))
  const added: TextLink[] = []
  for (const f of body.figures) {
    const start = pos + f.start
    const end = pos + f.end
    const before = anchorBefore(next, start)
    if (before === '') continue // nothing to find it by: leave it unlinked rather than guess
    added.push({ section, start, end, before, after: next.slice(end, end + 1), cells: f.cells, ...(f.base ? { base: f.base, decimals: f.decimals } : {}), value: f.value })
  }
  return { text: next, links: [...moved, ...added], caret: pos + body.text.length - suffix.length }
}

export interface Resolved {
  start: number
  end: number
  /** The figure as the text now says it. */
  written: number
}

/** Where the linked figure stands in the text now; undefined when its words are gone. */
export function resolveLink(text: string, link: TextLink): Resolved | undefined {
  let best: Resolved | undefined
  for (let i = text.indexOf(link.before); i >= 0; i = text.indexOf(link.before, i + 1)) {
    const start = i + link.before.length
    const m = FIGURE.exec(text.slice(start, start + 24))
    if (!m || !text.startsWith(link.after, start + m[0].length)) continue
    const found = { start, end: start + m[0].length, written: Number(m[0]) }
    if (!best || Math.abs(start - link.start) < Math.abs(best.start - link.start)) best = found
  }
  return best
}

/** What the linked figure reads from the tables now; undefined when a cell it needs is not a number. */
export function linkedValue(report: ReportContent, link: TextLink): Figure | undefined {
  const t = tablesOf(report)
  if (!link.base) return t.count(link.cells)
  const share = t.share(link.cells, link.base)
  if (!share) return undefined
  const n = t.count(link.cells)!.value
  const b = t.count(link.base)!.value
  const p = percent(n, b, link.decimals ?? share.decimals)
  return { ...share, value: p.value, text: p.text, decimals: p.decimals }
}

export interface LinkUpdate {
  text: ReportText
  textLinks: TextLink[]
}

/**
 * Rewrites one figure (a T1 fix) and keeps the links right: the figure's own link takes the new
 * value, the section's later links move. Undefined when the text no longer holds a number there.
 */
export function applyLinkUpdate(report: ReportContent, edit: TextEdit): LinkUpdate | undefined {
  const old = report.text[edit.section] ?? ''
  if (!/^\d+(?:\.\d+)?$/.test(old.slice(edit.start, edit.end))) return undefined
  const next = old.slice(0, edit.start) + edit.replace + old.slice(edit.end)
  const delta = edit.replace.length - (edit.end - edit.start)
  const textLinks = (report.textLinks ?? []).map((l) => {
    if (l.section !== edit.section) return l
    const at = resolveLink(old, l)
    if (at && at.start === edit.start) return { ...l, start: edit.start, end: edit.start + edit.replace.length, value: Number(edit.replace) }
    return l.start > edit.start ? { ...l, start: l.start + delta, end: l.end + delta } : l
  })
  return { text: { ...report.text, [edit.section]: next }, textLinks }
}
