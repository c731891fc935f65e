import type { FormatId } from '../form/types'
import type { ExchangeReport } from '../report/exchange'

// What an import produced: the report read, and an account of how each cell was read.

export type ImportSourceKind = 'nianbao-json' | 'nianbao-docx' | 'docx' | 'doc' | 'pdf' | 'html' | 'txt'

export interface ImportProblem {
  severity: 'error' | 'warning' | 'info'
  /** Plain Chinese: what is wrong and where. */
  message: string
  cellKey?: string
  /** Where in the source, e.g. "表格3 第5行第4列" or "第12行". */
  where?: string
}

export interface ImportResult {
  report: ExchangeReport
  source: { kind: ImportSourceKind; fileName: string }
  /** The format version detected; "mixed" when the document mixes 2019 and 2021 features (V1). */
  detectedFormat: FormatId | 'mixed'
  /** For each cell read: where from, and the raw text found there. */
  cells: Record<string, { where: string; raw: string }>
  problems: ImportProblem[]
}

/** A file the importer could not read at all: the message says why, in Chinese. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}
