import { FORMATS, T3_APPLICANT_COLUMNS, cellKey } from '../form'
import type { FormatId } from '../form'
import { cellName, formatKeys, type RuleContext } from './context'

// The honest readings of each topic T1 reads in the text, as sums of table cells: a statement is
// honest when its number equals ANY of them. Built once per format and topic.

export interface ReadingDef {
  label: string
  cells: string[]
  sign?: number[]
}

export interface Reading {
  def: ReadingDef
  value: number
}

const ORG_COLUMNS = T3_APPLICANT_COLUMNS.filter((c) => c !== 'natural')
const T4_OUTCOME_KEYS: Record<string, string> = { upheld: 'upheld', corrected: 'corrected', otherOutcome: 'other', pending: 'pending' }
const RESULT_GROUPS: Record<string, string> = {
  granted: 'granted', partial: 'partial', denied: 'denied', unable: 'unable', rejected: 'rejected', otherResult: 'other'
}

const cache = new Map<string, ReadingDef[]>()

export function readingDefs(format: FormatId, topics: readonly string[]): ReadingDef[] {
  const id = `${format}:${topics.join('+')}`
  let defs = cache.get(id)
  if (!defs) cache.set(id, (defs = topics.length === 1 ? topicDefs(format, topics[0]) : sumDefs(format, topics)))
  return defs
}

/** A sum of categories ("予以公开及部分公开") is read as the sum of each one's whole group. */
function sumDefs(format: FormatId, topics: readonly string[]): ReadingDef[] {
  const parts = topics.map((t) => topicDefs(format, t)[0])
  if (parts.some((p) => !p || p.sign)) return []
  return [{ label: `${parts.map((p) => p.label).join('加')}`, cells: parts.flatMap((p) => p.cells) }]
}

function topicDefs(format: FormatId, topic: string): ReadingDef[] {
  const k = formatKeys(format)
  const t = (row: string, column = 'total') => k.t3(row, column)
  const named = (key: string, table = '表三'): ReadingDef => ({ label: `${table}“${cellName(format, key)}”`, cells: [key] })
  const t4 = (column: string) => named(cellKey('t4', '', column), '表四')
  const group = (prefix: string): ReadingDef[] => {
    const rows = k.t3ResultRows.filter((r) => r === prefix || r.startsWith(`${prefix}.`))
    if (rows.length === 1) return [named(t(rows[0]))]
    // Either the whole group or one of its sub-rows ("因不掌握无法提供33件").
    return [{ label: `表三“${groupLabel(format, rows[0])}”各项合计`, cells: rows.map((r) => t(r)) }, ...rows.map((r) => named(t(r)))]
  }
  if (topic in RESULT_GROUPS) return group(RESULT_GROUPS[topic])
  if (topic.startsWith('applicant:')) {
    const col = topic.slice('applicant:'.length)
    const cols = col === 'orgs' ? ORG_COLUMNS : [col]
    const name = col === 'orgs' ? '法人或其他组织' : cellName(format, t('new', col)).split('·').pop()!
    const sumOf = (rows: string[]) => rows.flatMap((r) => cols.map((c) => t(r, c)))
    return [
      { label: `表三“本年新收·${name}”`, cells: sumOf(['new']) },
      { label: `表三“${name}”本年新收加上年结转`, cells: sumOf(['new', 'carriedOver']) },
      { label: `表三“（七）总计·${name}”`, cells: sumOf(['total']) }
    ]
  }
  if (topic.startsWith('t4:')) {
    const [, g, o] = topic.split(':')
    const outcome = T4_OUTCOME_KEYS[o]
    if (g === 'suit') {
      return [
        { label: `表四行政诉讼两类“${cellName(format, `t4.suitDirect.${outcome}`).split('·').pop()}”之和`, cells: [`t4.suitDirect.${outcome}`, `t4.suitAfterReview.${outcome}`] },
        t4(`suitDirect.${outcome}`),
        t4(`suitAfterReview.${outcome}`)
      ]
    }
    return [t4(`${g}.${outcome}`)]
  }
  switch (topic) {
    case 'received':
      return [named(t('new')), { label: '本年新收加上年结转', cells: [t('new'), t('carriedOver')] }]
    case 'answered':
      return [
        named(t('total')),
        // "已答复56件，其余4件正在办理": this year's new applications answered.
        { label: '本年新收减结转下年度', cells: [t('new'), t('carriedForward')], sign: [1, -1] },
        { label: '办理结果总计减上年结转', cells: [t('total'), t('carriedOver')], sign: [1, -1] }
      ]
    case 'carriedForward':
      return [named(t('carriedForward'))]
    case 'carriedOver':
      return [named(t('carriedOver'))]
    case 'review':
      return [t4('review.total')]
    case 'suit':
      return [{ label: '表四行政诉讼两类总计之和', cells: ['t4.suitDirect.total', 't4.suitAfterReview.total'] }, t4('suitDirect.total'), t4('suitAfterReview.total')]
    case 'suitDirect':
      return [t4('suitDirect.total')]
    case 'suitAfterReview':
      return [t4('suitAfterReview.total')]
  }
  return []
}

function groupLabel(format: FormatId, firstRow: string): string {
  const row = FORMATS[format].tables.t3.rows.find((r) => r.key === firstRow)
  return row?.groups[row.groups.length - 1]?.label ?? row?.label ?? firstRow
}

/** Denominators a stated share ("占51.85%") may honestly have: all results, new, new + carried over. */
export function shareBases(format: FormatId): ReadingDef[] {
  const k = formatKeys(format)
  return [
    { label: '办理结果总计', cells: [k.t3('total', 'total')] },
    { label: '本年新收', cells: [k.t3('new', 'total')] },
    { label: '本年新收加上年结转', cells: [k.t3('new', 'total'), k.t3('carriedOver', 'total')] }
  ]
}

/**
 * A cell's number; for a blank 总计 cell of 三, the sum of its six applicant cells when all are
 * filled (some published tables fill only the applicant columns).
 */
function cellNumber(ctx: RuleContext, key: string): number | undefined {
  const n = ctx.num(key)
  if (n !== undefined || !key.startsWith('t3.') || !key.endsWith('.total')) return n
  const v = ctx.value(key)
  if (v !== null && v !== '') return undefined
  const row = key.slice(3, -'.total'.length)
  let sum = 0
  for (const c of T3_APPLICANT_COLUMNS) {
    const part = ctx.num(cellKey('t3', row, c))
    if (part === undefined) return undefined
    sum += part
  }
  return sum
}

/** The readings whose cells are all usable numbers, with their values. */
export function evaluate(ctx: RuleContext, defs: readonly ReadingDef[]): Reading[] {
  const out: Reading[] = []
  for (const def of defs) {
    let value = 0
    let usable = true
    for (let i = 0; i < def.cells.length; i++) {
      const n = cellNumber(ctx, def.cells[i])
      if (n === undefined) usable = false
      else value += n * (def.sign?.[i] ?? 1)
    }
    if (usable) out.push({ def, value })
  }
  return out
}
