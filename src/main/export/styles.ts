import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx'
import type { Typography } from '../../shared/settings'
import { runFont } from './fonts'
import { ptToHalfPoints, ptToTwips } from './units'

// The document's paragraph styles. Fonts, sizes and spacing live here once rather than on each
// run: the file stays small and fast to write, and text typed later in Word takes the same look.

export const STYLE = {
  body: 'nbBody',
  title: 'nbTitle',
  heading1: 'nbHeading1',
  table: 'nbTable',
  pageNumber: 'nbPageNumber'
} as const

export function bodyIndent(t: Typography) {
  const chars = t.firstLineIndentChars
  // Word reads the indent in characters; the twips value is for readers that ignore it.
  return { firstLineChars: Math.round(chars * 100), firstLine: ptToTwips(chars * t.bodySizePt) }
}

export function documentStyles(t: Typography): IStylesOptions {
  const body = {
    alignment: AlignmentType.JUSTIFIED,
    indent: bodyIndent(t),
    spacing: { before: 0, after: 0, line: ptToTwips(t.lineSpacingPt), lineRule: LineRuleType.EXACT }
  }
  return {
    default: {
      document: { run: { font: runFont(t.bodyFont, t), size: ptToHalfPoints(t.bodySizePt) } }
    },
    paragraphStyles: [
      { id: STYLE.body, name: '正文（年报）', quickFormat: true, run: { font: runFont(t.bodyFont, t), size: ptToHalfPoints(t.bodySizePt) }, paragraph: body },
      {
        id: STYLE.title,
        name: '标题（年报）',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        // Off the character grid: 2号 characters keep their own width, so the title breaks where planned.
        run: { font: runFont(t.titleFont, t), size: ptToHalfPoints(t.titleSizePt), snapToGrid: false },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLine: 0, firstLineChars: 0 },
          // A fixed line a little taller than the title, so 2号 characters are never clipped.
          spacing: { before: 0, after: 0, line: ptToTwips(Math.max(t.lineSpacingPt, t.titleSizePt * 1.5)), lineRule: LineRuleType.EXACT }
        }
      },
      {
        id: STYLE.heading1,
        name: '一级标题（年报）',
        basedOn: STYLE.body,
        next: STYLE.body,
        quickFormat: true,
        run: { font: runFont(t.heading1Font, t) },
        paragraph: { keepNext: true, outlineLevel: 0 }
      },
      {
        id: STYLE.table,
        name: '表格文字（年报）',
        quickFormat: true,
        // Off the character grid, which would widen 10 pt characters to the body's pitch.
        run: { font: runFont(t.tableFont, t), size: ptToHalfPoints(t.tableSizePt), snapToGrid: false },
        paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, left: 0, right: 0 }, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } }
      }
    ]
  }
}
