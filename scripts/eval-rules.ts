import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { honestReport, loadCorpus, yearPairs } from './corpus/load'
import { readExchange, reportFromExchange, type Report } from '../src/shared/report'
import { checkReport, type RuleId, type Warning } from '../src/shared/rules'
import { H1_THRESHOLDS } from '../src/shared/rules/cross-year'
import { copiedInjection, claimInjections, lastYearOf, pastedInjections, copyFigures, type Injection } from './eval-rules/inject'

// `npm run eval:rules`: the text and cross-year rules (T1, S3, H1) on real published reports.
// - False alarms: warnings on the honest reports (the corpus of tests/fixtures/real and the seed
//   report). H1 and S3's pasted-sentence check need last year's report: every other real report of
//   the same format stands in for it (independent figures, like an honest year pair), and for S3
//   also the report's own text a year earlier (the same phrasing with last year's years).
// - Recall: contradictions injected into their text and tables (see ./eval-rules/inject), each
//   counted found only when the right rule reports it at the right place.
// Alarms of a rule the truth lists in knownIssues (a fault of the published report itself) are
// listed as findings, not counted as false.

const RULES: RuleId[] = ['T1', 'S3', 'H1']
const TODAY = new Date(2035, 5, 1)
const here = dirname(fileURLToPath(import.meta.url))

interface Honest {
  name: string
  report: Report
  /** Faults of the published report itself, per rule, as its truth records them (knownIssues). */
  knownIssues: Map<string, string>
}

function honestReports(): Honest[] {
  const corpus = loadCorpus()
  const out: Honest[] = corpus
    .filter((e) => !e.provenance.derivedFrom) // converted copies repeat their source's text and cells
    .map((e) => ({
      name: e.name,
      report: reportFromExchange(honestReport(e, corpus), { id: e.name, now: new Date(e.truth.year + 1, 0, 10) }),
      knownIssues: new Map((e.truth.knownIssues ?? []).map((k) => [k.rule, k.note]))
    }))
  const seed = readExchange(JSON.parse(readFileSync(resolve(here, '../../shared/fixtures/jiaxing-zjj-2020.json'), 'utf8')))
  out.push({ name: 'seed:jiaxing-zjj-2020', report: reportFromExchange(seed, { id: 'seed', now: new Date(2021, 0, 10) }), knownIssues: new Map() })
  return out
}

/** The corpus's real year pairs (same agency, consecutive years), as honest reports. */
function realPairs(honest: Honest[]): { previous: Honest; current: Honest }[] {
  const byName = new Map(honest.map((h) => [h.name, h]))
  return yearPairs(loadCorpus()).flatMap(({ previous, current }) => {
    const [p, c] = [byName.get(previous.name), byName.get(current.name)]
    return p && c ? [{ previous: p, current: c }] : []
  })
}

const ours = (ws: Warning[]) => ws.filter((w) => RULES.includes(w.rule))

function falseAlarms(honest: Honest[]) {
  const alarms: { name: string; w: Warning; known?: string }[] = []
  let pairs = 0
  for (const h of honest) {
    for (const w of ours(checkReport(h.report, null, { today: TODAY }))) alarms.push({ name: h.name, w, known: h.knownIssues.get(w.rule) })
    // Last year's report in the agency's own words (its text with last year's years): S3 must stay quiet.
    for (const w of checkReport(h.report, lastYearOf(h.report), { today: TODAY })) {
      if (w.rule === 'S3' && w.fingerprint.endsWith(':pasted')) alarms.push({ name: `${h.name} (last year: its own text a year earlier)`, w })
    }
    // Every other report of the same format as last year's: only H1 and the pasted-sentence S3 can add.
    for (const other of honest) {
      if (other === h || other.report.format !== h.report.format) continue
      pairs++
      const previous: Report = { ...other.report, id: `${other.name}-prev`, year: h.report.year - 1 }
      for (const w of ours(checkReport(h.report, previous, { today: TODAY }))) {
        if (w.rule === 'T1') continue // already counted without last year
        if (w.rule === 'S3' && !w.fingerprint.endsWith(':pasted')) continue
        alarms.push({ name: `${h.name} (last year: ${other.name})`, w })
      }
    }
  }
  // The real year pairs: last year's own report linked, as in the editor.
  for (const { previous, current } of realPairs(honest)) {
    pairs++
    for (const w of ours(checkReport(current.report, previous.report, { today: TODAY }))) {
      if (w.rule === 'T1' || (w.rule === 'S3' && !w.fingerprint.endsWith(':pasted'))) continue
      alarms.push({ name: `${current.name} (last year: ${previous.name}, real pair)`, w, known: current.knownIssues.get(w.rule) })
    }
  }
  return { alarms, pairs }
}

function found(inj: Injection): { right: boolean; rules: string[] } {
  // Only what the injection raised: a warning the honest report did not have (or had with other words).
  const seen = (w: Warning) => `${w.fingerprint}|${w.message}`
  const base = new Set(checkReport(honestOf(inj), inj.previous, { today: TODAY }).map(seen))
  const fresh = checkReport(inj.report, inj.previous, { today: TODAY }).filter((w) => !base.has(seen(w)))
  const right = fresh.some(
    (w) =>
      w.rule === inj.rule &&
      w.section === inj.section &&
      (!inj.span || (w.spans ?? []).some((s) => s.start < inj.span!.end && inj.span!.start < s.end))
  )
  return { right, rules: [...new Set(fresh.map((w) => w.rule))] }
}

/** The report before the injection (set while the injections of one report are evaluated). */
let honestBase: Report
const honestOf = (inj: Injection) => (inj.kind === 'copied' ? { ...inj.report, cells: honestBase.cells } : honestBase)

function run() {
  const honest = honestReports()
  console.log(`honest reports: ${honest.length} (${honest.map((h) => h.name).join(', ')})`)
  const { alarms, pairs } = falseAlarms(honest)
  console.log(`\n## False alarms on honest reports (alone, and in ${pairs} pairs with a report as last year's: the real year pairs and every other report of the same format)`)
  for (const rule of RULES) {
    const mine = alarms.filter((a) => a.w.rule === rule)
    const falses = mine.filter((a) => !a.known)
    console.log(`${rule}: ${falses.length} false alarm(s)${mine.length > falses.length ? `, ${mine.length - falses.length} finding(s) the truth lists in knownIssues` : ''}`)
    for (const a of mine) console.log(`   ${a.known ? 'finding' : 'FALSE'} ${a.name}: ${a.w.message}${a.known ? `\n      note: ${a.known}` : ''}`)
  }

  console.log('\n## Injected contradictions')
  const tally = new Map<string, { n: number; found: number; missed: string[] }>()
  const count = (inj: Injection, ok: boolean, name: string) => {
    const t = tally.get(inj.kind) ?? { n: 0, found: 0, missed: [] }
    t.n++
    if (ok) t.found++
    else t.missed.push(`${name}: ${inj.what}`)
    tally.set(inj.kind, t)
  }
  let undetectable = 0
  for (const h of honest) {
    honestBase = h.report
    const injections = [...claimInjections(h.report), ...pastedInjections(h.report)]
    for (const other of honest) {
      if (other === h || other.report.format !== h.report.format) continue
      for (const table of ['t2', 't3', 't4'] as const) {
        // A table of 0s and 1s copied is no evidence: H1 never reports those, by design.
        if (copyFigures(other.report, table) < H1_THRESHOLDS.WHOLE_TABLE_MIN) {
          undetectable++
          continue
        }
        injections.push(copiedInjection(h.report, other.report, table))
      }
    }
    for (const inj of injections) count(inj, found(inj).right, h.name)
  }
  let all = 0
  let hit = 0
  const names = { claim: `a number in a statement changed (T1)`, share: 'a stated share changed (T1)', pasted: "last year's sentence pasted with its year (S3)", pastedUnlinked: "the same, last year's report not linked (S3, informative)", copied: "a table copied from last year's report (H1)" }
  for (const [kind, t] of tally) {
    // Informative only: the target counts what the rules can know, i.e. with last year's report linked.
    if (kind !== 'pastedUnlinked') {
      all += t.n
      hit += t.found
    }
    console.log(`${names[kind as keyof typeof names]}: ${t.found}/${t.n} found (${((100 * t.found) / t.n).toFixed(1)}%)`)
    for (const m of t.missed.slice(0, 10)) console.log(`   missed ${m}`)
  }
  console.log(`copied tables not injected (the other report's table holds fewer than ${H1_THRESHOLDS.WHOLE_TABLE_MIN} figures of ${H1_THRESHOLDS.NON_TRIVIAL} or more outside totals): ${undetectable}`)
  const recall = all === 0 ? 0 : (100 * hit) / all
  const falseCount = alarms.filter((a) => !a.known).length
  console.log(`\nall injected: ${hit}/${all} found by the right rule (${recall.toFixed(1)}%; target ≥ 90%)`)
  console.log(`false T1/S3/H1 alarms: ${falseCount} (target 0)`)
  if (falseCount > 0 || recall < 90) process.exitCode = 1
}

run()
