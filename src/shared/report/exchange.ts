import { cellsOf, isCellKey } from '../form/cells'
import { isFormatId, layoutOf } from '../form/formats'
import type { FormatId, TextSectionKey } from '../form/types'
import { validComputed } from './computed-totals'
import { isReportYear, REPORT_YEARS, type Acknowledgement, type AgencyContact, type CellValue, type Cells, type DeadlineKind, type ReportText, type TextLink } from './types'

// The exchange file `nianbao/report@1`: what the app, the CLI and other tools read and write.

export const EXCHANGE_SCHEMA = 'nianbao/report@1'
export const TEXT_KEYS: readonly TextSectionKey[] = ['overview', 'problems', 'other']

/** Optional extras nianbao writes so its own files round-trip without loss. */
export interface ExchangeMeta {
  contact?: AgencyContact
  deadline?: DeadlineKind
  signOff?: { enabled: boolean; date: string }
  acknowledgements?: Acknowledgement[]
  /** Figures of the text inserted from the tables and linked to their cells (optional; older files have none). */
  textLinks?: TextLink[]
  /** The 前言 as the clerk wrote or imported it (absent: the generated default; kept out of `text`,
   *  whose three keys the spec fixes). */
  preface?: string
  /** The clerk's title breaks (标题分行), one line each (optional; absent: automatic breaks). */
  titleBreaks?: string[]
  /** Total cells whose number the app computed from their parts (自动合计; optional). On read only
   *  keys of total cells that equal the sum of their parts are kept; anything else is dropped. */
  computed?: string[]
}

export interface ExchangeReport {
  schema: typeof EXCHANGE_SCHEMA
  format: FormatId
  year: number
  agency: string
  cells: Cells
  text: ReportText
  meta?: ExchangeMeta
}

export class ExchangeError extends Error {
  constructor(
    message: string,
    /** The field concerned, e.g. "cells.t3.new.total". */
    readonly field: string
  ) {
    super(message)
    this.name = 'ExchangeError'
  }
}


function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Parses and validates exchange JSON text; throws ExchangeError naming the field in Chinese. */
export function parseExchangeText(text: string): ExchangeReport {
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new ExchangeError(`文件不是有效的 JSON：${(e as Error).message}`, '')
  }
  return readExchange(data)
}

/**
 * A wrong value as the user can recognise it. JSON.parse turns a number too large for a double
 * (1e309) into Infinity, which JSON.stringify would show as "null": say what it really is.
 */
function shownValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return '一个超出范围的数字（绝对值超过约 1.8×10³⁰⁸，例如 1e309）'
  if (typeof value === 'string') return `“${value.slice(0, 40)}”`
  if (value === undefined) return '空（缺少此字段）'
  return ` ${JSON.stringify(value)?.slice(0, 60)}`
}

/** Validates a parsed exchange object. Unknown cell keys and wrong value types are errors. */
export function readExchange(data: unknown): ExchangeReport {
  if (!isPlainObject(data)) throw new ExchangeError('文件内容应为一个 JSON 对象', '')
  if (data.schema !== EXCHANGE_SCHEMA) {
    throw new ExchangeError(`字段“schema”应为“${EXCHANGE_SCHEMA}”，实际为“${String(data.schema)}”`, 'schema')
  }
  const format = typeof data.format === 'number' ? String(data.format) : data.format
  if (!isFormatId(format)) {
    throw new ExchangeError(`字段“format”应为“2019”或“2021”，实际为“${String(data.format)}”`, 'format')
  }
  const year = data.year
  if (typeof year !== 'number' || !isReportYear(year)) {
    throw new ExchangeError(`字段“year”应为 ${REPORT_YEARS.min}–${REPORT_YEARS.max} 之间的年份，实际为${shownValue(year)}`, 'year')
  }
  if (typeof data.agency !== 'string') throw new ExchangeError('字段“agency”（机关名称）应为文字', 'agency')
  if (!isPlainObject(data.cells)) throw new ExchangeError('字段“cells”应为对象（单元格键 → 数值）', 'cells')

  const cells: Cells = {}
  // A 2021 report that kept 2019's single （六） row: its keys are those of the mixed layout.
  const layout = layoutOf(format, data.cells)
  for (const info of cellsOf(layout)) cells[info.key] = null
  for (const [key, value] of Object.entries(data.cells)) {
    if (!isCellKey(layout, key)) {
      throw new ExchangeError(`字段“cells”中的“${key}”不是${format}年版格式的单元格`, `cells.${key}`)
    }
    if (!(value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)))) {
      throw new ExchangeError(`单元格“${key}”的值应为数字、null 或 "/"，实际为${shownValue(value)}`, `cells.${key}`)
    }
    cells[key] = value as CellValue
  }

  const text: ReportText = { overview: '', problems: '', other: '' }
  if (data.text !== undefined) {
    if (!isPlainObject(data.text)) throw new ExchangeError('字段“text”应为对象', 'text')
    for (const k of TEXT_KEYS) {
      const v = data.text[k]
      if (v === undefined || v === null) continue
      if (typeof v !== 'string') throw new ExchangeError(`字段“text.${k}”应为文字`, `text.${k}`)
      text[k] = v
    }
  }

  const out: ExchangeReport = { schema: EXCHANGE_SCHEMA, format, year, agency: data.agency, cells, text }
  if (data.meta !== undefined) {
    out.meta = readMeta(data.meta)
    const computed = validComputed(layout, cells, (data.meta as Record<string, unknown>).computed)
    if (computed.length) out.meta.computed = computed
  }
  return out
}

function readMeta(meta: unknown): ExchangeMeta {
  if (!isPlainObject(meta)) throw new ExchangeError('字段“meta”应为对象', 'meta')
  const out: ExchangeMeta = {}
  if (meta.contact !== undefined) {
    if (!isPlainObject(meta.contact)) throw new ExchangeError('字段“meta.contact”应为对象', 'meta.contact')
    const c = meta.contact
    const field = (k: keyof AgencyContact) => {
      const v = c[k]
      if (v === undefined) return ''
      if (typeof v !== 'string') throw new ExchangeError(`字段“meta.contact.${k}”应为文字`, `meta.contact.${k}`)
      return v
    }
    out.contact = { address: field('address'), postcode: field('postcode'), phone: field('phone'), email: field('email'), website: field('website') }
  }
  if (meta.preface !== undefined && meta.preface !== null) {
    if (typeof meta.preface !== 'string') throw new ExchangeError('字段“meta.preface”（前言）应为文字', 'meta.preface')
    out.preface = meta.preface
  }
  if (meta.deadline !== undefined) {
    if (meta.deadline !== 'department' && meta.deadline !== 'government') {
      throw new ExchangeError('字段“meta.deadline”应为“department”或“government”', 'meta.deadline')
    }
    out.deadline = meta.deadline
  }
  if (meta.signOff !== undefined) {
    const s = meta.signOff
    if (!isPlainObject(s) || typeof s.enabled !== 'boolean' || typeof s.date !== 'string') {
      throw new ExchangeError('字段“meta.signOff”应为 { enabled, date }', 'meta.signOff')
    }
    out.signOff = { enabled: s.enabled, date: s.date }
  }
  if (meta.acknowledgements !== undefined) {
    if (!Array.isArray(meta.acknowledgements)) {
      throw new ExchangeError('字段“meta.acknowledgements”应为数组', 'meta.acknowledgements')
    }
    out.acknowledgements = meta.acknowledgements.map((a, i) => {
      const f = `meta.acknowledgements[${i}]`
      if (
        !isPlainObject(a) ||
        typeof a.fingerprint !== 'string' ||
        typeof a.rule !== 'string' ||
        typeof a.explanation !== 'string' ||
        typeof a.at !== 'string' ||
        !isPlainObject(a.values)
      ) {
        throw new ExchangeError(`字段“${f}”格式不正确`, f)
      }
      return { fingerprint: a.fingerprint, rule: a.rule, explanation: a.explanation, at: a.at, values: { ...(a.values as Record<string, CellValue>) } }
    })
  }
  if (meta.textLinks !== undefined) out.textLinks = readTextLinks(meta.textLinks)
  if (meta.titleBreaks !== undefined && meta.titleBreaks !== null) {
    const b = meta.titleBreaks
    if (!Array.isArray(b) || !b.every((l) => typeof l === 'string')) throw new ExchangeError('字段“meta.titleBreaks”（标题分行）应为文字数组', 'meta.titleBreaks')
    out.titleBreaks = [...(b as string[])]
  }
  return out
}

function readTextLinks(raw: unknown): TextLink[] {
  if (!Array.isArray(raw)) throw new ExchangeError('字段“meta.textLinks”应为数组', 'meta.textLinks')
  const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0
  const isKeys = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((k) => typeof k === 'string')
  return raw.map((l, i) => {
    const f = `meta.textLinks[${i}]`
    const ok =
      isPlainObject(l) &&
      (TEXT_KEYS as readonly unknown[]).includes(l.section) &&
      isCount(l.start) &&
      isCount(l.end) &&
      typeof l.before === 'string' &&
      typeof l.after === 'string' &&
      isKeys(l.cells) &&
      (l.base === undefined || isKeys(l.base)) &&
      (l.decimals === undefined || isCount(l.decimals)) &&
      typeof l.value === 'number' &&
      Number.isFinite(l.value) &&
      (l.statement === undefined || typeof l.statement === 'string')
    if (!ok) throw new ExchangeError(`字段“${f}”格式不正确`, f)
    const link = l as unknown as TextLink
    return {
      section: link.section,
      start: link.start,
      end: link.end,
      before: link.before,
      after: link.after,
      cells: [...link.cells],
      ...(link.base ? { base: [...link.base], decimals: link.decimals } : {}),
      value: link.value,
      ...(link.statement !== undefined ? { statement: link.statement } : {})
    }
  })
}

/** Writes exchange JSON text: every key of the format, in the form's order. */
export function writeExchangeText(report: ExchangeReport): string {
  const cells: Cells = {}
  for (const info of cellsOf(layoutOf(report.format, report.cells))) cells[info.key] = report.cells[info.key] ?? null
  const out: ExchangeReport = { ...report, schema: EXCHANGE_SCHEMA, cells }
  return JSON.stringify(out, null, 2) + '\n'
}
