import { reportToExchange } from '../../shared/report/create'
import { writeExchangeText } from '../../shared/report/exchange'
import type { Report } from '../../shared/report/types'
import type { BlankAs, Typography } from '../../shared/settings'
import { renderDocx } from './docx'
import { renderHtmlText } from './html'
import { renderPdf, type HtmlPdfPrinter } from './pdf'
import { xmlSafeData } from './xml-text'

export { PDF_PRINT_OPTIONS, type HtmlPdfPrinter } from './pdf'

export type ExportKind = 'docx' | 'html' | 'pdf' | 'json'

export interface ExportOptions {
  blankAs: BlankAs
  typography: Typography
  /** Prints the web page to PDF (Electron in the app); without it a PDF export is refused. */
  printPdf?: HtmlPdfPrinter
}

const utf8 = new TextEncoder()

/**
 * Renders a report as a file's bytes: the official Word document, a self-contained web page, its PDF,
 * or the exchange file. Run the export checks (`preflightExport` in src/shared/export) before calling it.
 * The one place where the documents' text is cleaned of characters XML forbids (xml-text.ts):
 * every string the Word and web writers print comes from the report or the typography settings.
 */
export async function renderExport(report: Report, kind: ExportKind, options: ExportOptions): Promise<Uint8Array> {
  switch (kind) {
    case 'docx':
      return renderDocx(xmlSafeData(report), options.blankAs, xmlSafeData(options.typography))
    case 'html':
      return utf8.encode(renderHtmlText(xmlSafeData(report), options.blankAs, xmlSafeData(options.typography)))
    case 'pdf':
      return renderPdf(xmlSafeData(report), options.blankAs, xmlSafeData(options.typography), options.printPdf)
    case 'json':
      // The exchange file keeps blanks as null: blankAs applies to printed documents only.
      return utf8.encode(writeExchangeText(reportToExchange(report)))
  }
}
