import type { TextSectionKey } from '../form/types'
import type { TextLink } from '../report/types'
import { insertDraft, type Inserted } from './links'
import type { DraftSentence } from './types'

// Putting drafted statements under the sub-heading they belong to ("（二）依申请公开"), when the
// text has it: at the end of that sub-heading's part, before the next （X） sub-heading.

const SUB_HEADING = /^\s*[（(][一二三四五六七八九十]+[）)]/

/** Where the part under a sub-heading ends, or undefined when the text does not have the sub-heading. */
export function subHeadingEnd(text: string, subHeading: string): number | undefined {
  const number = SUB_HEADING.exec(subHeading)?.[0].trim()
  const words = subHeading.replace(SUB_HEADING, '').trim()
  if (!number || !words) return undefined
  const lines = text.split('\n')
  let offset = 0
  let inside = false
  for (const line of lines) {
    if (inside && SUB_HEADING.test(line)) return Math.max(0, offset - 1)
    const head = line.trim()
    if (!inside && head.replace(/[(]/, '（').replace(/[)]/, '）').startsWith(number.replace('(', '（').replace(')', '）')) && head.includes(words)) inside = true
    offset += line.length + 1
  }
  return inside ? text.length : undefined
}

/** The end of the lead part, before the first sub-heading (the whole text when it has none). */
export function leadEnd(text: string): number {
  let offset = 0
  for (const line of text.split('\n')) {
    if (SUB_HEADING.test(line)) return Math.max(0, offset - 1)
    offset += line.length + 1
  }
  return text.length
}

export interface Placed extends Inserted {
  /** Groups whose sub-heading the text does not have: they went to the end. */
  atEnd: number
}

/**
 * Inserts each paragraph under its sub-heading (at the end of the text when the text does not have
 * it); a paragraph with no sub-heading (the summary) closes the lead part, before the first one.
 */
export function insertUnderSubHeadings(
  text: string,
  links: readonly TextLink[],
  section: TextSectionKey,
  paragraphs: readonly { subHeading?: string; sentences: readonly DraftSentence[] }[]
): Placed {
  const spots = paragraphs.map((p, i) => {
    const at = p.subHeading ? subHeadingEnd(text, p.subHeading) : leadEnd(text)
    return { at: at ?? text.length, found: at !== undefined, i, sentences: p.sentences }
  })
  // From the last place to the first, so the places not yet used keep their offsets; at the same
  // place, the later group first so the groups keep their order.
  spots.sort((a, b) => b.at - a.at || b.i - a.i)
  let out: Inserted = { text, links: [...links], caret: text.length }
  let caret = 0
  for (const s of spots) {
    out = insertDraft(out.text, out.links, section, s.at, [s.sentences])
    caret = Math.max(caret, out.caret)
  }
  return { ...out, caret, atEnd: spots.filter((s) => !s.found).length }
}
