import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cellsOf } from '../src/shared/form'
import { readExchange, reportFromExchange, type Report, type ReportContent } from '../src/shared/report'
import { checkReport } from '../src/shared/rules'
import { rankFixes } from '../src/shared/rules/fix-ranking'

// The rule engine's speed: a full check of a complete report, and a re-check after one cell changes
// (what the editor does on every keystroke). Target: a re-check well under 1 ms.

const fixturePath = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/fixtures/jiaxing-zjj-2020.json')

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] }
}

const ms = (n: number) => `${n.toFixed(3)} ms`

function report(name: string, samples: number[]) {
  const { median, p95, max } = stats(samples)
  console.log(`${name.padEnd(46)} median ${ms(median)}  p95 ${ms(p95)}  max ${ms(max)}  (${samples.length} runs)`)
}

export async function run(): Promise<void> {
  const base = reportFromExchange(readExchange(JSON.parse(readFileSync(fixturePath, 'utf8'))))
  // Last year's report too, so the cross-year rules (X1, H1, S2) run as in the editor.
  const previous: Report = { ...base, year: base.year - 1 }
  const today = new Date(base.year + 1, 0, 20) // D1 active: 11 days before the deadline
  const keys = cellsOf(base.format).map((c) => c.key)
  const warnings = checkReport(base, previous, { today })
  console.log(`report: ${base.agency} ${base.year} (${keys.length} cells, text ${Object.values(base.text).join('').length} chars, ${warnings.length} warnings with last year)`)

  // Full check: every call sees new text strings, so no text cache can help.
  const full: number[] = []
  for (let i = 0; i < 300; i++) {
    const fresh = { ...base, text: { overview: base.text.overview + ' '.repeat(i % 7 + 1), problems: `${base.text.problems}${i}`, other: `${base.text.other}${i}` } }
    const t0 = performance.now()
    checkReport(fresh, previous, { today })
    full.push(performance.now() - t0)
  }
  report('full check (text not seen before)', full)

  // Re-check after one cell edit: same text strings, one new value, a new cells object as the editor makes.
  let current = base
  for (let i = 0; i < 200; i++) checkReport(current, previous, { today }) // warm-up
  const recheck: number[] = []
  for (let i = 0; i < 5000; i++) {
    const key = keys[i % keys.length]
    const old = base.cells[key]
    current = { ...current, cells: { ...current.cells, [key]: typeof old === 'number' ? old + (i % 3) : 1 } }
    const t0 = performance.now()
    checkReport(current, previous, { today })
    recheck.push(performance.now() - t0)
    current = base
  }
  report('re-check after one cell change', recheck)

  // The editor's check on every keystroke also verifies each offered fix (fix-ranking): re-check
  // plus one check per candidate fix. Measured with one cell mistyped, so sum errors carry fixes.
  const check = (r: ReportContent) => checkReport(r, previous, { today })
  const ranked: number[] = []
  let candidates = 0
  for (let i = 0; i < 1000; i++) {
    const key = keys[i % keys.length]
    const old = base.cells[key]
    const edited = { ...base, cells: { ...base.cells, [key]: typeof old === 'number' ? old + 1 + (i % 3) : 1 } }
    const t0 = performance.now()
    const ws = rankFixes(edited, check(edited), { check })
    ranked.push(performance.now() - t0)
    candidates += ws.filter((w) => w.fix).length
  }
  report('re-check with fixes verified (one cell off)', ranked)
  console.log(`  (${(candidates / 1000).toFixed(1)} fixes offered per edit on average)`)
}
