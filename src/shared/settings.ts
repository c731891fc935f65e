// App-wide settings the user can change and the app remembers: export typography and defaults.

export interface Typography {
  /** Page margins in millimetres (GB/T 9704-2012: top 37, bottom 35, left 28, right 26). */
  marginsMm: { top: number; bottom: number; left: number; right: number }
  titleFont: string
  /** Point sizes: 2号 = 22, 3号 = 16, 4号 = 14, 五号 = 10.5, 小四 = 12. */
  titleSizePt: number
  bodyFont: string
  bodySizePt: number
  heading1Font: string // "一、"
  heading2Font: string // "（一）"
  heading3Font: string // "1."
  heading3Bold: boolean
  latinFont: string
  /** Fixed line spacing of body text, in points. */
  lineSpacingPt: number
  /** First-line indent, in characters. */
  firstLineIndentChars: number
  tableFont: string
  tableSizePt: number
  pageNumberFont: string
  pageNumberSizePt: number
  /** "— N —" page numbers, odd pages right and even pages left. */
  pageNumbers: boolean
}

export const DEFAULT_TYPOGRAPHY: Typography = {
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
  titleFont: '方正小标宋简体',
  titleSizePt: 22,
  bodyFont: '仿宋_GB2312',
  bodySizePt: 16,
  heading1Font: '黑体',
  heading2Font: '楷体_GB2312',
  heading3Font: '仿宋_GB2312',
  heading3Bold: true,
  latinFont: 'Times New Roman',
  lineSpacingPt: 28.9,
  firstLineIndentChars: 2,
  tableFont: '仿宋_GB2312',
  tableSizePt: 10, // the official template's table text
  pageNumberFont: '宋体',
  pageNumberSizePt: 14,
  pageNumbers: true
}

/** How a blank cell is written in the exported document: never left empty silently. */
export type BlankAs = 'zero' | 'slash'

export interface AppSettings {
  typography: Typography
  blankAs: BlankAs
  /** 总计 cells fill themselves from their parts in the editor (absent: on). */
  autoTotals?: boolean
}

/** Whether the editor computes totals: on unless turned off. */
export const autoTotalsOn = (s: Pick<AppSettings, 'autoTotals'> | null | undefined): boolean => s?.autoTotals !== false

export const DEFAULT_SETTINGS: AppSettings = { typography: DEFAULT_TYPOGRAPHY, blankAs: 'zero' }
