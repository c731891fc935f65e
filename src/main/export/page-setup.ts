import { DocumentGridType, PageOrientation, type ISectionPropertiesOptions } from 'docx'
import type { Typography } from '../../shared/settings'
import { A4_TWIPS, mmToTwips } from './units'

// A4 portrait with the margins of GB/T 9704-2012 (or the user's own).

/** The page number line sits about 7 mm below the text block; a 4号 line is about 5 mm tall. */
const PAGE_NUMBER_GAP_MM = 7
const PAGE_NUMBER_LINE_MM = 5

export function pageProperties(t: Typography): ISectionPropertiesOptions {
  const m = t.marginsMm
  const footerMm = Math.max(5, m.bottom - PAGE_NUMBER_GAP_MM - PAGE_NUMBER_LINE_MM)
  return {
    page: {
      size: { width: A4_TWIPS.width, height: A4_TWIPS.height, orientation: PageOrientation.PORTRAIT },
      margin: {
        top: mmToTwips(m.top),
        bottom: mmToTwips(m.bottom),
        left: mmToTwips(m.left),
        right: mmToTwips(m.right),
        header: mmToTwips(15),
        footer: mmToTwips(footerMm),
        gutter: 0
      }
    },
    grid: documentGrid(t)
  }
}

/** GB/T 9704: 22 lines of 28 characters on the text block. */
export const GRID = { lines: 22, chars: 28 } as const

/**
 * The document grid (文档网格) for GB/T 9704's 22 × 28: the line pitch fills the text block's height,
 * the character pitch its width; charSpace is the pitch's difference from the body size in 1/4096 pt.
 */
export function documentGrid(t: Typography): { type: typeof DocumentGridType.LINES; linePitch: number; charSpace: number } {
  const height = A4_TWIPS.height - mmToTwips(t.marginsMm.top) - mmToTwips(t.marginsMm.bottom)
  const linePitch = Math.floor(height / GRID.lines)
  const charPitchPt = textWidthTwips(t) / 20 / GRID.chars
  // Line grid only: LibreOffice draws a "linesAndChars" grid at twice this pitch (14 characters a
  // line), so the character pitch is recorded (Word shows it when the grid is switched on) but off.
  return { type: DocumentGridType.LINES, linePitch, charSpace: Math.floor((charPitchPt - t.bodySizePt) * 4096) }
}

/** Width of the text block in twips: what the tables fill. */
export function textWidthTwips(t: Typography): number {
  return A4_TWIPS.width - mmToTwips(t.marginsMm.left) - mmToTwips(t.marginsMm.right)
}
