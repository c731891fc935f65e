import { FORMATS } from '../form/formats'
import type { FormatId } from '../form/types'
import type { LabelCandidate } from './match'

// The labels of both formats side by side, each tagged with the formats that print it, so one pass
// over a document can read either format and tell which one (or a mix) it uses.

export interface Tagged {
  key: string
  formats: FormatId[]
}

export interface BlockSpec {
  caption: string
  rows: LabelCandidate<Tagged>[]
  columns: LabelCandidate<Tagged>[]
}

function addTagged(list: LabelCandidate<Tagged>[], label: string, key: string, format: FormatId): void {
  const found = list.find((c) => c.value.key === key)
  if (found) {
    if (!found.value.formats.includes(format)) found.value.formats.push(format)
    // Keep every spelling (规范性文件 / 行政规范性文件) as a candidate of the same key.
    if (found.label !== label) list.push({ label, value: found.value })
    return
  }
  list.push({ label, value: { key, formats: [format] } })
}

function buildBlocks(): BlockSpec[] {
  const blocks: BlockSpec[] = []
  for (const f of ['2019', '2021'] as const) {
    for (const b of FORMATS[f].tables.t2.blocks) {
      let spec = blocks.find((x) => x.caption === b.caption)
      if (!spec) blocks.push((spec = { caption: b.caption, rows: [], columns: [] }))
      for (const r of b.rows) addTagged(spec.rows, r.label, r.key, f)
      for (const c of b.columns) addTagged(spec.columns, c.label, c.key, f)
    }
  }
  return blocks
}

function buildT3Rows(): LabelCandidate<Tagged>[] {
  const rows: LabelCandidate<Tagged>[] = []
  for (const f of ['2019', '2021'] as const) for (const r of FORMATS[f].tables.t3.rows) addTagged(rows, r.label, r.key, f)
  return rows
}

export const T2_BLOCKS: readonly BlockSpec[] = buildBlocks()
export const T3_ROWS: readonly LabelCandidate<Tagged>[] = buildT3Rows()
export const T3_COLUMN_KEYS: readonly string[] = FORMATS['2021'].tables.t3.columns.map((c) => c.key)
export const T3_COLUMNS: readonly LabelCandidate<string>[] = FORMATS['2021'].tables.t3.columns.map((c) => ({
  label: c.label,
  value: c.key
}))
export const T4_COLUMN_KEYS: readonly string[] = FORMATS['2021'].tables.t4.columns.map((c) => c.key)
export const BOTH: FormatId[] = ['2019', '2021']
