import { FORMATS, cellKey } from '../form'
import type { TextSectionKey } from '../form'
import { TEXT_KEYS } from '../report/exchange'
import { cellName, formatKeys, type RuleContext } from './context'
import { claimsOf, type Claim, type ClaimKind } from './text-claims'
import type { Warning } from './types'

// T1: numbers in the text that contradict the tables. A statement is flagged only when its number
// matches NO honest reading of the tables: a false alarm costs more trust than a missed one.

type ReadingDef = { label: (ctx: RuleContext) => string; cells: string[]; sign?: number[] }

interface Reading {
  def: ReadingDef
  value: number
}

const defsCache = new Map<string, ReadingDef[]>()

/** Reading definitions depend on the format and the kind only: built once. */
function cachedDefs(ctx: RuleContext, kind: ClaimKind): ReadingDef[] {
  const id = `${ctx.format}:${kind}`
  let defs = defsCache.get(id)
  if (!defs) defsCache.set(id, (defs = readingDefs(ctx, kind)))
  return defs
}

/** The honest readings of each kind of statement, as cell sums (sign −1 subtracts). */
function readingDefs(ctx: RuleContext, kind: ClaimKind): ReadingDef[] {
  const k = formatKeys(ctx.layout)
  const t = (row: string) => k.t3(row, 'total')
  const named = (key: string): ReadingDef => ({ label: (c) => `表三“${cellName(c.format, key)}”`, cells: [key] })
  const t4 = (column: string): ReadingDef => {
    const key = cellKey('t4', '', column)
    return { label: (c) => `表四“${cellName(c.format, key)}”`, cells: [key] }
  }
  const group = (prefix: string): ReadingDef[] => {
    const rows = k.t3ResultRows.filter((r) => r === prefix || r.startsWith(`${prefix}.`))
    const sum: ReadingDef = { label: () => `表三“${groupLabel(ctx, rows[0])}”各项合计`, cells: rows.map(t) }
    // Either the whole group or one of its sub-rows ("因不掌握无法提供33件").
    return rows.length > 1 ? [sum, ...rows.map((r) => named(t(r)))] : [named(t(rows[0]))]
  }
  switch (kind) {
    case 'received':
      return [named(t('new')), { label: () => '本年新收加上年结转', cells: [t('new'), t('carriedOver')] }]
    case 'answered':
      return [
        named(t('total')),
        // "已答复56件，其余4件正在办理": this year's new applications answered.
        { label: () => '本年新收减结转下年度', cells: [t('new'), t('carriedForward')], sign: [1, -1] },
        { label: () => '办理结果总计减上年结转', cells: [t('total'), t('carriedOver')], sign: [1, -1] }
      ]
    case 'carriedForward':
      return [named(t('carriedForward'))]
    case 'carriedOver':
      return [named(t('carriedOver'))]
    case 'granted':
      return [named(t('granted'))]
    case 'partial':
      return [named(t('partial'))]
    case 'denied':
      return group('denied')
    case 'unable':
      return group('unable')
    case 'rejected':
      return group('rejected')
    case 'otherResult':
      return group('other')
    case 'review':
      return [t4('review.total')]
    case 'suit':
      return [
        { label: () => '表四行政诉讼两类总计之和', cells: ['t4.suitDirect.total', 't4.suitAfterReview.total'] },
        t4('suitDirect.total'),
        t4('suitAfterReview.total')
      ]
  }
}

function groupLabel(ctx: RuleContext, firstRow: string): string {
  const row = FORMATS[ctx.format].tables.t3.rows.find((r) => r.key === firstRow)
  return row?.groups[row.groups.length - 1]?.label ?? row?.label ?? firstRow
}

function readingsFor(ctx: RuleContext, kind: ClaimKind): Reading[] {
  const out: Reading[] = []
  for (const def of cachedDefs(ctx, kind)) {
    let value = 0
    let usable = true
    for (let i = 0; i < def.cells.length; i++) {
      const n = ctx.num(def.cells[i])
      if (n === undefined) usable = false
      else value += n * (def.sign?.[i] ?? 1)
    }
    if (usable) out.push({ def, value })
  }
  return out
}

/** Years a statement of this kind may honestly name besides the report year. */
function aboutThisReport(ctx: RuleContext, claim: Claim): boolean {
  const y = ctx.report.year
  return claim.years.every(
    (year) => year === y || (year === y - 1 && claim.kind === 'carriedOver') || (year === y + 1 && claim.kind === 'carriedForward')
  )
}

export function checkTextAgainstTables(ctx: RuleContext): Warning[] {
  const out: Warning[] = []
  for (const section of TEXT_KEYS) {
    const text = ctx.report.text[section]
    if (!text) continue
    const seen = new Map<ClaimKind, number>()
    for (const claim of claimsOf(text)) {
      const ordinal = (seen.get(claim.kind) ?? 0) + 1
      seen.set(claim.kind, ordinal)
      if (claim.comparative || !aboutThisReport(ctx, claim)) continue
      const readings = readingsFor(ctx, claim.kind)
      if (readings.length === 0 || readings.some((r) => r.value === claim.value)) continue
      out.push(warningFor(ctx, section, claim, ordinal, readings))
    }
  }
  return out
}

function warningFor(ctx: RuleContext, section: TextSectionKey, claim: Claim, ordinal: number, readings: Reading[]): Warning {
  const heading = FORMATS[ctx.format].sections.find((s) => s.key === section)?.heading ?? section
  const cells = [...new Set(readings.flatMap((r) => r.def.cells))]
  const what = readings.map((r) => `${r.def.label(ctx)}为${r.value}`).join('；')
  return {
    rule: 'T1',
    severity: 'warning',
    cells,
    section,
    fingerprint: `T1:${section}:${claim.kind}:${ordinal}`,
    spans: [{ section, start: claim.start, end: claim.end }],
    message: `“${heading}”中写的“${claim.quote}”（${claim.value}）与表格不一致：${what}`
  }
}
