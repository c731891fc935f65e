import { reportToExchange } from '../../shared/report/create'
import { writeExchangeText } from '../../shared/report/exchange'
import type { Report } from '../../shared/report/types'
import type { BlankAs, Typography } from '../../shared/settings'
import { renderDocx } from './docx'
import { renderHtmlText } from './html'

export type ExportKind = 'docx' | 'html' | 'json'

export interface ExportOptions {
  blankAs: BlankAs
  typography: Typography
}

const utf8 = new TextEncoder()

/**
 * Renders a report as a file's bytes: the official Word document, a self-contained web page, or the
 * exchange file. Run the export checks (`preflightExport` in src/shared/export) before calling it.
 */
export async function renderExport(report: Report, kind: ExportKind, options: ExportOptions): Promise<Uint8Array> {
  switch (kind) {
    case 'docx':
      return renderDocx(report, options.blankAs, options.typography)
    case 'html':
      return utf8.encode(renderHtmlText(report, options.blankAs, options.typography))
    case 'json':
      // The exchange file keeps blanks as null: blankAs applies to printed documents only.
      return utf8.encode(writeExchangeText(reportToExchange(report)))
  }
}
