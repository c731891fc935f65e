import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx'
import type { Typography } from '../../shared/settings'
import { ptToHalfPoints, ptToTwips } from './units'

// "— N —" page numbers (GB/T 9704): 4号 宋体, odd pages right-aligned and even pages left-aligned,
// each one character in from the edge of the text block. A PAGE field, so Word numbers the pages.

function pageNumberFooter(t: Typography, side: 'odd' | 'even'): Footer {
  const font = t.pageNumberFont
  const oneChar = ptToTwips(t.pageNumberSizePt)
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar, firstLine: 0 } : { left: oneChar, firstLine: 0 },
        spacing: { before: 0, after: 0 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: font, hAnsi: font, eastAsia: font, cs: font },
            size: ptToHalfPoints(t.pageNumberSizePt)
          })
        ]
      })
    ]
  })
}

export function pageNumberFooters(t: Typography): { default: Footer; even: Footer } | undefined {
  if (!t.pageNumbers) return undefined
  return { default: pageNumberFooter(t, 'odd'), even: pageNumberFooter(t, 'even') }
}
