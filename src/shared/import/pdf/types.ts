// What the PDF adapter hands to the pure reconstruction: positioned text and ruling lines,
// nothing of pdf.js. Coordinates are points from the page's top-left corner, y downwards.

/** One run of text as the PDF draws it (horizontal text only). */
export interface PdfItem {
  text: string
  /** Left edge of the run. */
  x: number
  /** Baseline. */
  y: number
  width: number
  /** Font size (the run's height). */
  size: number
}

/** A straight horizontal or vertical line drawn on the page (a table border, an underline). */
export interface PdfRule {
  x0: number
  y0: number
  x1: number
  y1: number
}

export interface PdfPage {
  /** 1-based page number. */
  number: number
  width: number
  height: number
  items: PdfItem[]
  rules: PdfRule[]
}
