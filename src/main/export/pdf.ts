import type { Report } from '../../shared/report/types'
import type { BlankAs, Typography } from '../../shared/settings'
import { renderHtmlText } from './html'

// The PDF an office puts on its website is the web-page export printed by Chromium: A4 and the
// GB/T 9704 margins from the page's own @page rule, "— N —" page numbers from its margin boxes,
// tables kept whole by its break rules. The printer is injected: Electron's webContents.printToPDF
// in the app, Playwright's Chromium in the tests; both call it with PDF_PRINT_OPTIONS.

/** Prints a self-contained HTML page to PDF bytes. */
export type HtmlPdfPrinter = (html: string) => Promise<Uint8Array>

/** Options both printers pass: the page's CSS decides the paper size and margins. */
export const PDF_PRINT_OPTIONS = { preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false } as const

export class PdfUnavailableError extends Error {
  constructor() {
    super('此处无法生成 PDF：请在年报助手桌面程序中导出 PDF，或导出网页后用浏览器打印为 PDF。')
  }
}

export async function renderPdf(report: Report, blankAs: BlankAs, t: Typography, print: HtmlPdfPrinter | undefined): Promise<Uint8Array> {
  if (!print) throw new PdfUnavailableError()
  return print(renderHtmlText(report, blankAs, t))
}
