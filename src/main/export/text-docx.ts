import { Paragraph, TextRun } from 'docx'
import type { Typography } from '../../shared/settings'
import { runFont } from './fonts'
import { splitParagraphs, type TextParagraph } from './paragraphs'
import { STYLE } from './styles'

// Body text and headings (GB/T 9704: 3号, fixed line spacing, first line indented two characters).
// Paragraph looks come from the styles; only sub-heading runs carry their own font.

function headingRun(p: TextParagraph, t: Typography): TextRun {
  const font = p.level === 'h1' ? t.heading1Font : p.level === 'h2' ? t.heading2Font : t.heading3Font
  const bold = p.level === 'h3' && t.heading3Bold
  return new TextRun({ text: p.head, font: runFont(font, t), bold: bold || undefined })
}

/** A section heading such as "一、总体情况": kept with what follows it. */
export function sectionHeading(heading: string): Paragraph {
  return new Paragraph({ style: STYLE.heading1, children: [new TextRun(heading)] })
}

export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({ style: STYLE.body, children: text ? [new TextRun(text)] : [] })
}

export function textParagraphs(text: string, typography: Typography): Paragraph[] {
  return splitParagraphs(text).map((p) => {
    const children: TextRun[] = []
    if (p.head) children.push(headingRun(p, typography))
    if (p.rest) children.push(new TextRun(p.rest))
    // A heading alone on its line stays with the paragraph under it.
    const keepNext = p.level !== 'body' && p.rest === ''
    return new Paragraph({ style: STYLE.body, keepNext: keepNext || undefined, children })
  })
}
