import { z } from 'zod'
import type { AppSettings } from '../../shared/settings'

// AppSettings as accepted from the renderer and read from disk: sizes within what Word can print.

const font = z.string().min(1).max(100)
const mm = z.number().min(0).max(100)
const pt = z.number().min(1).max(100)

export const typographySchema = z.strictObject({
  marginsMm: z.strictObject({ top: mm, bottom: mm, left: mm, right: mm }),
  titleFont: font,
  titleSizePt: pt,
  bodyFont: font,
  bodySizePt: pt,
  heading1Font: font,
  heading2Font: font,
  heading3Font: font,
  heading3Bold: z.boolean(),
  latinFont: font,
  lineSpacingPt: pt,
  firstLineIndentChars: z.number().min(0).max(10),
  tableFont: font,
  tableSizePt: pt,
  pageNumberFont: font,
  pageNumberSizePt: pt,
  pageNumbers: z.boolean()
})

export const appSettingsSchema = z.strictObject({
  typography: typographySchema,
  blankAs: z.enum(['zero', 'slash']),
  autoTotals: z.boolean().optional()
})

export function parseSettings(data: unknown): AppSettings {
  return appSettingsSchema.parse(data)
}

/** Window size and position, remembered between runs. */
export const windowStateSchema = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean()
})

export type WindowState = z.infer<typeof windowStateSchema>
