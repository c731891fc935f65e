import type { ImportResult } from '../../shared/import/types'
import type { PrintResponse } from '../../shared/ipc'
import type { ExchangeReport } from '../../shared/report/exchange'
import type { Report } from '../../shared/report/types'
import type { ExportKind, ExportOptions } from '../export'
import type { Storage } from '../storage/storage'
import type { OpenedFiles } from './opened-files'

// What the handlers need from the outside world, injected so they are plain Node code: the
// Electron app passes native dialogs, the web bridge a test-controlled chooser, tests fakes.

export interface FileDialogs {
  /** The file the user chose to import (or to restore a backup from), or null when canceled. */
  chooseOpenPath(purpose?: 'import' | 'backup'): Promise<string | null>
  /** Where the user chose to save an export (or a backup), or null when canceled. */
  chooseSavePath(suggestedName: string, kind: ExportKind | 'backup'): Promise<string | null>
}

export interface HandlerDeps {
  storage: Storage
  dialogs: FileDialogs
  importFile: (bytes: Uint8Array, fileName: string) => Promise<ImportResult>
  renderExport: (report: Report, kind: ExportKind, options: ExportOptions) => Promise<Uint8Array>
  templateFromLastYear: (last: ExchangeReport) => ExchangeReport
  /** Shows a printable page (the web-page export) to print: the system print dialog in the app,
   *  a page of its own in the web bridge. Absent where nothing can print. */
  printDocument?: (html: string) => Promise<PrintResponse>
  /** Where the page's answer to app:closing goes (absent where nothing waits for it). */
  closing?: { acknowledge(token: string): void }
  /** Files the system asked to open (absent where nothing can ask: the CLI, most tests). */
  openedFiles?: OpenedFiles
}
