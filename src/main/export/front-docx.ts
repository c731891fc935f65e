import { AlignmentType, LineRuleType, Paragraph, TextRun } from 'docx'
import type { Report } from '../../shared/report/types'
import type { Typography } from '../../shared/settings'
import { introText, signOffLines, titleText } from './front-matter'
import { bodyParagraphProps, run } from './text-docx'
import { runFont } from './fonts'
import { ptToHalfPoints, ptToTwips } from './units'

// Title block, intro paragraph and sign-off in Word.

export function titleParagraphs(report: Report, t: Typography): Paragraph[] {
  // A fixed line a little taller than the title size, so 2号 characters are never clipped.
  const line = ptToTwips(Math.max(t.lineSpacingPt, t.titleSizePt * 1.5))
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line, lineRule: LineRuleType.EXACT },
      children: [new TextRun({ text: titleText(report), font: runFont(t.titleFont, t), size: ptToHalfPoints(t.titleSizePt) })]
    }),
    new Paragraph({ ...bodyParagraphProps(t), children: [] })
  ]
}

export function introParagraph(report: Report, t: Typography): Paragraph {
  return new Paragraph({ ...bodyParagraphProps(t), children: [run(introText(report), t.bodyFont, t)] })
}

export function signOffParagraphs(report: Report, t: Typography): Paragraph[] {
  const lines = signOffLines(report)
  if (lines.length === 0) return []
  const right = ptToTwips(t.bodySizePt * 2) // 右空二字
  const base = bodyParagraphProps(t)
  return [
    new Paragraph({ ...base, children: [] }),
    ...lines.map(
      (text) =>
        new Paragraph({
          spacing: base.spacing,
          alignment: AlignmentType.RIGHT,
          indent: { right, firstLine: 0 },
          children: [run(text, t.bodyFont, t)]
        })
    )
  ]
}
