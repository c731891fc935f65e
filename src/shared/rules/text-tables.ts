import { FORMATS } from '../form'
import type { TextSectionKey } from '../form'
import { TEXT_KEYS } from '../report/exchange'
import type { RuleContext } from './context'
import { evaluate, readingDefs, shareBases, type Reading } from './claim-readings'
import { checkLinkedFigures } from './linked-figures'
import { claimsOf, type Claim } from './text-claims'
import type { Warning } from './types'

// T1: numbers in the text that contradict the tables. A statement is flagged only when its number
// matches NO honest reading of the tables: a false alarm costs more trust than a missed one.

/** Years a statement of this kind may honestly name besides the report year. */
function aboutThisReport(ctx: RuleContext, claim: Claim): boolean {
  const y = ctx.report.year
  return claim.years.every(
    (year) => year === y || (year === y - 1 && claim.kind === 'carriedOver') || (year === y + 1 && claim.kind === 'carriedForward')
  )
}

/** Topics of 表三 whose share of the applications a text may state. */
const SHARE_TOPICS = /^(?:granted|partial|denied|unable|rejected|otherResult|applicant:.*|carriedForward)(?:\+|$)/

export function checkTextAgainstTables(ctx: RuleContext): Warning[] {
  // A linked figure the tables changed is said once, with its update; the reader's view of the same words is left out.
  const linked = checkLinkedFigures(ctx)
  return [...linked, ...checkClaims(ctx).filter((w) => !linked.some((l) => overlaps(l, w)))]
}

const overlaps = (a: Warning, b: Warning) =>
  (a.spans ?? []).some((x) => (b.spans ?? []).some((y) => x.section === y.section && x.start < y.end && y.start < x.end))

function checkClaims(ctx: RuleContext): Warning[] {
  const out: Warning[] = []
  for (const section of TEXT_KEYS) {
    const text = ctx.report.text[section]
    if (!text) continue
    const seen = new Map<string, number>()
    for (const claim of claimsOf(text)) {
      const ordinal = (seen.get(claim.kind) ?? 0) + 1
      seen.set(claim.kind, ordinal)
      if (claim.comparative || !aboutThisReport(ctx, claim)) continue
      const readings = evaluate(ctx, readingDefs(ctx.layout, claim.topics))
      if (readings.length === 0) continue
      if (!readings.some((r) => r.value === claim.value)) out.push(countWarning(ctx, section, claim, ordinal, readings))
      else if (claim.percent && SHARE_TOPICS.test(claim.kind)) {
        const w = shareWarning(ctx, section, claim, ordinal, readings)
        if (w) out.push(w)
      }
    }
  }
  return out
}

const headingOf = (ctx: RuleContext, section: TextSectionKey) => FORMATS[ctx.format].sections.find((s) => s.key === section)?.heading ?? section

function countWarning(ctx: RuleContext, section: TextSectionKey, claim: Claim, ordinal: number, readings: Reading[]): Warning {
  const cells = [...new Set(readings.flatMap((r) => r.def.cells))]
  const what = readings.map((r) => `${r.def.label}为${r.value}`).join('；')
  return {
    rule: 'T1',
    severity: 'warning',
    cells,
    section,
    fingerprint: `T1:${section}:${claim.kind}:${ordinal}`,
    spans: [{ section, start: claim.start, end: claim.end }],
    message: `“${headingOf(ctx, section)}”中写的“${claim.quote}”（${claim.value}）与表格不一致：${what}`
  }
}

/**
 * A stated share is honest when some reading of its count over some base rounds (or truncates) to
 * it at the decimals written: "占51.85%" allows 51.84 … 51.86.
 */
function shareWarning(ctx: RuleContext, section: TextSectionKey, claim: Claim, ordinal: number, readings: Reading[]): Warning | undefined {
  const pct = claim.percent!
  const bases = evaluate(ctx, shareBases(ctx.layout)).filter((b) => b.value > 0)
  if (bases.length === 0) return undefined
  const tolerance = 10 ** -pct.decimals + 1e-9
  const counts = readings.filter((r) => r.value === claim.value)
  const honest = counts.some((r) => bases.some((b) => Math.abs((100 * r.value) / b.value - pct.value) < tolerance))
  if (honest) return undefined
  const n = counts[0].value
  const what = bases.map((b) => `${b.def.label}${b.value}的${((100 * n) / b.value).toFixed(Math.max(pct.decimals, 1))}%`).join('、')
  return {
    rule: 'T1',
    severity: 'warning',
    cells: [...new Set([...counts[0].def.cells, ...bases.flatMap((b) => b.def.cells)])],
    section,
    fingerprint: `T1:${section}:${claim.kind}:share:${ordinal}`,
    spans: [{ section, start: pct.start, end: pct.end }],
    message: `“${headingOf(ctx, section)}”中写的“${claim.quote}”${pct.quote}与表格不一致：${n}件占${what}`
  }
}
