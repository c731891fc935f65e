import type { Report } from '../../shared/report/types'
import type { BlankAs, Typography } from '../../shared/settings'

export type ExportKind = 'docx' | 'html' | 'json'

export interface ExportOptions {
  blankAs: BlankAs
  typography: Typography
}

/**
 * Renders a report as a file's bytes.
 * TEMPORARY STUB until the Word export lands (issue 4).
 */
export async function renderExport(_report: Report, _kind: ExportKind, _options: ExportOptions): Promise<Uint8Array> {
  throw new Error('导出功能尚未完成')
}
