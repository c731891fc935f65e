import { AlignmentType, Paragraph, TextRun } from 'docx'
import type { Report } from '../../shared/report/types'
import type { Typography } from '../../shared/settings'
import { introText, signOffLines, titleText } from './front-matter'
import { STYLE } from './styles'
import { bodyParagraph } from './text-docx'
import { ptToTwips } from './units'

// Title block, intro paragraph and sign-off in Word.

export function titleParagraphs(report: Report): Paragraph[] {
  return [new Paragraph({ style: STYLE.title, children: [new TextRun(titleText(report))] }), bodyParagraph('')]
}

export function introParagraph(report: Report): Paragraph {
  return bodyParagraph(introText(report))
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
