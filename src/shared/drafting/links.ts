import type { TextSectionKey } from '../form/types'
import type { ReportContent, ReportText, TextLink } from '../report/types'
import type { TextEdit } from '../rules/types'
import { percent, tablesOf, type Figure } from './compose'
import { draftReport } from './draft'
import type { DraftSentence } from './types'

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
 * Inserts paragraphs of drafted statements at `at` (on lines of their own) and links each figure to
 * its cells, and each statement that says something is 0 in words to those cells. Links already in
 * the section after `at` move with the text.
 */
export function insertDraft(
  text: string,
  links: readonly TextLink[],
  section: TextSectionKey,
  at: number,
  paragraphs: readonly (readonly DraftSentence[])[]
): Inserted {
  const pos = Math.max(0, Math.min(at, text.length))
  const prefix = pos > 0 && text[pos - 1] !== '\n' ? '\n' : ''
  const suffix = pos < text.length && text[pos] !== '\n' ? '\n' : ''
  const placed: { statement: DraftSentence; start: number }[] = []
  let body = prefix
  paragraphs.forEach((p, i) => {
    if (i > 0) body += '\n'
    for (const statement of p) {
      placed.push({ statement, start: pos + body.length })
      body += statement.text
    }
  })
  body += suffix
  const next = text.slice(0, pos) + body + text.slice(pos)
  // Links whose words were deleted since are dropped here rather than kept forever.
  const kept = links.filter((l) => l.section !== section || resolveLink(text, l) !== undefined)
  const moved = kept.map((l) => (l.section === section && l.start >= pos ? { ...l, start: l.start + body.length, end: l.end + body.length } : l))
  return { text: next, links: [...moved, ...placed.flatMap((p) => linksOf(next, section, p.statement, p.start))], caret: pos + body.length - suffix.length }
}

/** The links of one statement placed at `offset` in `text`. */
function linksOf(text: string, section: TextSectionKey, s: DraftSentence, offset: number): TextLink[] {
  const out: TextLink[] = []
  for (const f of s.figures) {
    const start = offset + f.start
    const end = offset + f.end
    const before = anchorBefore(text, start)
    if (before === '') continue // nothing to find it by: leave it unlinked rather than guess
    out.push({ section, start, end, before, after: text.slice(end, end + 1), cells: f.cells, ...(f.base ? { base: f.base, decimals: f.decimals } : {}), value: f.value })
  }
  if (s.zeros?.length) {
    out.push({ section, start: offset, end: offset + s.text.length, before: s.text, after: '', cells: [...s.zeros], value: 0, statement: s.id })
  }
  return out
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
    if (link.statement) {
      // A statement stands as written, or not at all: what it says is 0 (written 0).
      if (!best || Math.abs(i - link.start) < Math.abs(best.start - link.start)) best = { start: i, end: i + link.before.length, written: 0 }
      continue
    }
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
  if (link.statement) {
    // Any cell above 0 makes the statement untrue; its "value" is then their sum.
    return t.count(link.cells)
  }
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
 * value, the section's later links move. A statement ("未收到…") is replaced by the statement the
 * tables give now, with its own links. Undefined when the text no longer holds what was flagged.
 */
export function applyLinkUpdate(report: ReportContent, edit: TextEdit): LinkUpdate | undefined {
  const old = report.text[edit.section] ?? ''
  const links = report.textLinks ?? []
  const target = links.find((l) => l.section === edit.section && resolveLink(old, l)?.start === edit.start && resolveLink(old, l)?.end === edit.end)
  if (!target) return undefined
  const next = old.slice(0, edit.start) + edit.replace + old.slice(edit.end)
  const delta = edit.replace.length - (edit.end - edit.start)
  const inside = (l: TextLink) => {
    const at = l.section === edit.section ? resolveLink(old, l) : undefined
    return at !== undefined && at.start >= edit.start && at.end <= edit.end
  }
  const shift = (l: TextLink) => (l.section === edit.section && l.start > edit.start ? { ...l, start: l.start + delta, end: l.end + delta } : l)
  if (!target.statement) {
    if (!/^\d+(?:\.\d+)?$/.test(edit.replace)) return undefined
    const textLinks = links.map((l) => (l === target ? { ...l, start: edit.start, end: edit.start + edit.replace.length, value: Number(edit.replace) } : shift(l)))
    return { text: { ...report.text, [edit.section]: next }, textLinks }
  }
  const statements = redraft(report, target)
  if (statements.map((x) => x.text).join('') !== edit.replace) return undefined
  let offset = edit.start
  const added = statements.flatMap((x) => {
    const own = linksOf(next, edit.section, x, offset)
    offset += x.text.length
    return own
  })
  const textLinks = [...links.filter((l) => !inside(l)).map(shift), ...added]
  return { text: { ...report.text, [edit.section]: next }, textLinks }
}

const cellsOf = (s: DraftSentence) => [...s.figures.flatMap((f) => [...f.cells, ...(f.base ?? [])]), ...(s.zeros ?? [])]

/**
 * What a statement saying "none" becomes now: the statements of its family that speak of any of its
 * cells, as the tables give them ("未发生…复议和诉讼" → "被申请行政复议1件…"). Empty when none do.
 */
export function redraft(report: ReportContent, link: TextLink): DraftSentence[] {
  const family = link.statement?.split('.')[0]
  const cells = new Set(link.cells)
  return draftReport(report)
    .filter((g) => g.section === link.section && g.family === family)
    .flatMap((g) => g.sentences)
    .filter((s) => cellsOf(s).some((c) => cells.has(c)))
}
