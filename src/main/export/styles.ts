import type { IStylesOptions } from 'docx'
import type { Typography } from '../../shared/settings'
import { runFont } from './fonts'
import { ptToHalfPoints } from './units'

// Document defaults: body font and size, so text typed later in Word matches the report.
export function documentStyles(t: Typography): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: runFont(t.bodyFont, t), size: ptToHalfPoints(t.bodySizePt) }
      }
    }
  }
}
