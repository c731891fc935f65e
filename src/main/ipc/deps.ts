import type { ImportResult } from '../../shared/import/types'
import type { PrintResponse } from '../../shared/ipc'
import type { ExchangeReport } from '../../shared/report/exchange'
import type { Report } from '../../shared/report/types'
import type { ExportKind, ExportOptions } from '../export'
import type { ImporterPool } from '../import/worker-pool'
import type { Storage } from '../storage/storage'
import type { OpenedFiles } from './opened-files'

// What the handlers need from the outside world, injected so they are plain Node code: the
// Electron app passes native dialogs, the web bridge a test-controlled chooser, tests fakes.

/** What a save dialog saves: an export of a report, or an image of the years side by side. */
export type SaveKind = ExportKind | 'backup' | 'png'

export interface FileDialogs {
  /** The file the user chose to import (or to restore a backup from), or null when canceled. */
  chooseOpenPath(purpose?: 'import' | 'backup'): Promise<string | null>
  /** Where the user chose to save an export (or a backup), or null when canceled. */
  chooseSavePath(suggestedName: string, kind: SaveKind): Promise<string | null>
  /** The folder the user chose (汇总, 检查文件夹), or null when canceled. */
  chooseFolderPath?(purpose: 'aggregate' | 'check'): Promise<string | null>
}

/** The system's file opener, for paths the main process itself wrote. */
export interface FileShell {
  /** Opens the file with its default application; resolves to '' or an error message (as Electron's shell.openPath). */
  openPath(path: string): Promise<string>
  showItemInFolder(path: string): void
}

export interface HandlerDeps {
  storage: Storage
  dialogs: FileDialogs
  importFile: (bytes: Uint8Array, fileName: string) => Promise<ImportResult>
  /** Workers for many files at once (汇总 and 检查文件夹 of a folder); without it, importFile per file. */
  importPool?: (size: number) => ImporterPool
  renderExport: (report: Report, kind: ExportKind, options: ExportOptions) => Promise<Uint8Array>
  templateFromLastYear: (last: ExchangeReport) => ExchangeReport
  /** Opens an exported file or shows it in its folder (Electron's shell; the web bridge records). */
  shell?: FileShell
  /** Shows a printable page (the web-page export) to print: the system print dialog in the app,
   *  a page of its own in the web bridge. Absent where nothing can print. */
  printDocument?: (html: string) => Promise<PrintResponse>
  /** Where the page's answer to app:closing goes (absent where nothing waits for it). */
  closing?: { acknowledge(token: string): void }
  /** Files the system asked to open (absent where nothing can ask: the CLI, most tests). */
  openedFiles?: OpenedFiles
}
