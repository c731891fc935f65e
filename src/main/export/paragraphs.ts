import { clearReviewMarkers } from '../../shared/report/review-marker'

// Splits a text section into paragraphs and recognises the sub-headings people type, so each is
// styled as the official documents style them: "一、" 黑体, "（一）" 楷体, "1." 仿宋 bold.

export type ParagraphLevel = 'h1' | 'h2' | 'h3' | 'body'

export interface TextParagraph {
  level: ParagraphLevel
  /** The heading part (numbering and title, up to its first 。 when the paragraph goes on). */
  head: string
  /** The body text after the heading part (all of it for a body paragraph). */
  rest: string
}

const H1 = /^[一二三四五六七八九十]{1,3}、/
const H2 = /^[（(][一二三四五六七八九十]{1,3}[）)]/
const H3 = /^[0-9０-９]{1,2}(?:[.．、](?![0-9０-９])|[）)])/

/** A heading that runs on into its paragraph ends at its first 。 if that comes soon enough. */
const MAX_HEAD_CHARS = 40

function levelOf(line: string): ParagraphLevel {
  if (H1.test(line)) return 'h1'
  if (H2.test(line)) return 'h2'
  if (H3.test(line)) return 'h3'
  return 'body'
}

export function splitParagraphs(text: string): TextParagraph[] {
  // Review markers from last year's draft are never printed (preflight and S3 told the user).
  const lines = clearReviewMarkers(text).replace(/\r\n?/g, '\n').split('\n')
  // Empty lines carry nothing: an official document has no empty paragraphs (GB/T 9704 spaces its
  // paragraphs by the line grid alone), so a blank line the user typed is not printed.
  return lines.filter((l) => l.replace(/[\s\u3000]+/g, '') !== '').map(toParagraph)
}

function toParagraph(raw: string): TextParagraph {
  // The first-line indent comes from the paragraph format, so typed indents are dropped.
  const line = raw.replace(/^[\s\u3000]+/, '').replace(/\s+$/, '')
  const level = levelOf(line)
  if (level === 'body') return { level, head: '', rest: line }
  const stop = line.indexOf('。')
  if (stop === -1 || stop === line.length - 1) {
    return line.length <= MAX_HEAD_CHARS * 2 ? { level, head: line, rest: '' } : { level: 'body', head: '', rest: line }
  }
  if (stop + 1 <= MAX_HEAD_CHARS) return { level, head: line.slice(0, stop + 1), rest: line.slice(stop + 1) }
  // A long numbered paragraph with no short title: plain body text.
  return { level: 'body', head: '', rest: line }
}
