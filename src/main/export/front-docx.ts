import { AlignmentType, Paragraph, TextRun } from 'docx'
import type { Report } from '../../shared/report/types'
import type { Typography } from '../../shared/settings'
import { introText, signOffLines } from './front-matter'
import { resolveTitleLines } from '../../shared/report/title-breaks'
import { titleMaxChars } from './title-lines'
import { STYLE } from './styles'
import { bodyParagraph, textParagraphs } from './text-docx'
import { ptToTwips } from './units'

// Title block, intro paragraph and sign-off in Word.

/** The title in one paragraph, its lines broken between words, then one blank line (GB/T 9704). */
export function titleParagraphs(report: Report, t: Typography, textWidthTwips: number): Paragraph[] {
  const { lines } = resolveTitleLines(report, titleMaxChars(textWidthTwips / 20, t.titleSizePt))
  const runs = lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined }))
  return [new Paragraph({ style: STYLE.title, children: runs }), bodyParagraph('')]
}

/** The 前言 exactly as the editor shows it: its paragraphs, review markers left out. */
export function introParagraphs(report: Report, t: Typography): Paragraph[] {
  return textParagraphs(introText(report), t)
}

export function signOffParagraphs(report: Report, t: Typography): Paragraph[] {
  const lines = signOffLines(report)
  if (lines.length === 0) return []
  const right = ptToTwips(t.bodySizePt * 2) // 右空二字
  return [
    bodyParagraph(''),
    ...lines.map(
      (text) =>
        new Paragraph({
          style: STYLE.body,
          alignment: AlignmentType.RIGHT,
          indent: { right, firstLine: 0, firstLineChars: 0 },
          children: [new TextRun(text)]
        })
    )
  ]
}
