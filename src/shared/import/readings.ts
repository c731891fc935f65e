import type { FormatId } from '../form/types'
import type { ImportProblem } from './types'

/** One cell value found in a document, before the format is decided. */
export interface Reading {
  key: string
  /** The formats in which this cell exists (one for format-specific cells). */
  formats: FormatId[]
  raw: string
  where: string
}

/** What the table readers collect as they walk a document. */
export interface Collector {
  readings: Reading[]
  problems: ImportProblem[]
}

export function newCollector(): Collector {
  return { readings: [], problems: [] }
}
