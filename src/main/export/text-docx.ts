import { AlignmentType, LineRuleType, Paragraph, TextRun } from 'docx'
import type { Typography } from '../../shared/settings'
import { runFont } from './fonts'
import { splitParagraphs, type TextParagraph } from './paragraphs'
import { ptToHalfPoints, ptToTwips } from './units'

// Body text and headings in the document's typography (GB/T 9704: 3号, fixed line spacing,
// first line indented two characters).

export function bodyParagraphProps(typography: Typography) {
  const chars = typography.firstLineIndentChars
  return {
    alignment: AlignmentType.JUSTIFIED,
    // Word reads the indent in characters; the twips value is for readers that ignore it.
    indent: { firstLineChars: Math.round(chars * 100), firstLine: ptToTwips(chars * typography.bodySizePt) },
    spacing: { before: 0, after: 0, line: ptToTwips(typography.lineSpacingPt), lineRule: LineRuleType.EXACT }
  }
}

export function run(text: string, font: string, typography: Typography, bold = false): TextRun {
  return new TextRun({ text, font: runFont(font, typography), size: ptToHalfPoints(typography.bodySizePt), bold: bold || undefined })
}

function headingRun(p: TextParagraph, t: Typography): TextRun {
  if (p.level === 'h1') return run(p.head, t.heading1Font, t)
  if (p.level === 'h2') return run(p.head, t.heading2Font, t)
  return run(p.head, t.heading3Font, t, t.heading3Bold)
}

/** A section heading such as "一、总体情况": kept with what follows it. */
export function sectionHeading(heading: string, typography: Typography): Paragraph {
  return new Paragraph({ ...bodyParagraphProps(typography), keepNext: true, children: [run(heading, typography.heading1Font, typography)] })
}

export function textParagraphs(text: string, typography: Typography): Paragraph[] {
  return splitParagraphs(text).map((p) => {
    const children: TextRun[] = []
    if (p.head) children.push(headingRun(p, typography))
    if (p.rest) children.push(run(p.rest, typography.bodyFont, typography))
    // A heading alone on its line stays with the paragraph under it.
    const keepNext = p.level !== 'body' && p.level !== 'blank' && p.rest === ''
    return new Paragraph({ ...bodyParagraphProps(typography), keepNext: keepNext || undefined, children })
  })
}
