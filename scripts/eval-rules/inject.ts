import { TEXT_KEYS } from '../../src/shared/report/exchange'
import type { Report } from '../../src/shared/report'
import type { TextSectionKey } from '../../src/shared/form'
import { makeContext } from '../../src/shared/rules/context'
import { evaluate, readingDefs } from '../../src/shared/rules/claim-readings'
import { claimsOf } from '../../src/shared/rules/text-claims'
import type { RuleId } from '../../src/shared/rules'
import { isCopyFigure } from '../../src/shared/rules/cross-year'

// Contradictions injected into honest reports, each with the rule that must find it and where.

export interface Injection {
  kind: 'claim' | 'share' | 'pasted' | 'pastedUnlinked' | 'copied'
  rule: RuleId
  what: string
  report: Report
  previous: Report | null
  /** The warning must concern this section and, for text, overlap this span. */
  section: string
  span?: { start: number; end: number }
}

const withText = (r: Report, section: TextSectionKey, text: string): Report => ({ ...r, text: { ...r.text, [section]: text } })

/**
 * A number in a statement T1 reads and the tables confirm, changed to the nearest value no honest
 * reading gives (so the text now contradicts the tables); a stated share moved by 5 points.
 */
export function claimInjections(report: Report): Injection[] {
  const ctx = makeContext(report, null, new Date())
  const out: Injection[] = []
  for (const section of TEXT_KEYS) {
    const text = report.text[section]
    for (const claim of claimsOf(text)) {
      if (claim.comparative || claim.years.some((y) => y !== report.year)) continue
      const readings = evaluate(ctx, readingDefs(report.format, claim.topics)).map((r) => r.value)
      if (!readings.includes(claim.value)) continue
      const quote = text.slice(claim.start, claim.end)
      const digits = /(\d+|[零〇一二两三四五六七八九十百千]+)([件宗起])$/.exec(quote)
      if (!digits) continue
      let v = claim.value + 1
      while (readings.includes(v)) v++
      const at = claim.end - digits[0].length
      const changed = text.slice(0, at) + String(v) + digits[2] + text.slice(claim.end)
      out.push({
        kind: 'claim',
        rule: 'T1',
        what: `“${quote}” → ${v}`,
        report: withText(report, section, changed),
        previous: null,
        section,
        span: { start: claim.start, end: at + String(v).length + 1 }
      })
      if (claim.percent) {
        const p = claim.percent
        const moved = (p.value + 5).toFixed(p.decimals)
        const pAt = text.indexOf(String(p.value), p.start)
        if (pAt < 0 || pAt > p.end) continue
        const t2 = text.slice(0, pAt) + moved + text.slice(pAt + String(p.value).length)
        out.push({ kind: 'share', rule: 'T1', what: `“${p.quote}” → ${moved}%`, report: withText(report, section, t2), previous: null, section, span: { start: p.start, end: p.end } })
      }
    }
  }
  return out
}

/** Last year's report as the agency would have written it: the same text with its own years. */
export function lastYearOf(report: Report): Report {
  const shift = (s: string) => s.replace(/(?<!\d)(\d{4})(?=\s*年)/g, (y) => String(Number(y) - 1))
  return {
    ...report,
    id: `${report.id}-last`,
    year: report.year - 1,
    text: { overview: shift(report.text.overview), problems: shift(report.text.problems), other: shift(report.text.other) }
  }
}

/**
 * A sentence of last year's report pasted with its year: each sentence naming the report's own year
 * (outside 《…》) replaced by last year's version of it.
 */
export function pastedInjections(report: Report): Injection[] {
  const last = lastYearOf(report)
  const out: Injection[] = []
  for (const section of TEXT_KEYS) {
    const text = report.text[section]
    const old = last.text[section]
    let start = 0
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && !/[。；;！!？?\n]/.test(text[i])) continue
      const sentence = text.slice(start, i)
      const own = [...sentence.matchAll(new RegExp(`${report.year}\\s*年`, 'g'))].some((m) => {
        const before = sentence.slice(0, m.index)
        return before.lastIndexOf('《') <= before.lastIndexOf('》')
      })
      if (own && sentence.trim().length >= 8) {
        out.push({
          kind: 'pasted',
          rule: 'S3',
          what: `“${old.slice(start, i).trim().slice(0, 40)}”`,
          report: withText(report, section, text.slice(0, start) + old.slice(start, i) + text.slice(i)),
          previous: last,
          section,
          span: { start, end: i }
        })
        // The same without last year's report linked: only the year's own context can tell.
        out.push({ ...out[out.length - 1], kind: 'pastedUnlinked', previous: null })
      }
      start = i + 1
    }
  }
  return out
}

/** Figures of a table whose being equal is evidence of copying for H1. */
export function copyFigures(report: Report, table: string): number {
  return Object.entries(report.cells).filter(([k, v]) => k.startsWith(`${table}.`) && isCopyFigure(k, v)).length
}

/** This year's table replaced by last year's (another real report of the same format, as last year). */
export function copiedInjection(report: Report, other: Report, table: 't2' | 't3' | 't4'): Injection {
  const previous: Report = { ...other, id: `${other.id}-prev`, year: report.year - 1 }
  const cells = { ...report.cells }
  for (const k of Object.keys(cells)) if (k.startsWith(`${table}.`)) cells[k] = other.cells[k] ?? null
  return { kind: 'copied', rule: 'H1', what: `${table} ← ${other.agency}`, report: { ...report, cells }, previous, section: table }
}
