import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { honestReport, loadCorpus } from '../scripts/corpus/load'
import { aggregate, checkContent, combinedReport, departmentStatuses, type DepartmentReport } from '../src/shared/aggregate'
import { checkFolder } from '../src/main/folder/check-folder'
import { importerPool } from '../src/main/import/worker-pool'
import { defaultConcurrency } from '../src/main/import/pool'
import { writeExchangeText } from '../src/shared/report'

// 汇总 of 200 reports (target < 2 s) and 检查文件夹 of 200 files of every kind (target < 20 s).
// Figures only: the machine's load is printed beside them.

const ROOT = resolve(import.meta.dirname ?? __dirname, '..')
const FIXTURES = join(ROOT, 'tests/fixtures')

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000

/** 200 departments of 2023: the corpus's 2023 reports in the 2021 format, under 200 names. */
function twoHundredReports(): DepartmentReport[] {
  const corpus = loadCorpus()
  const base = corpus.filter((e) => e.truth.year === 2023 && e.truth.format === '2021').map((e) => honestReport(e, corpus))
  return Array.from({ length: 200 }, (_, i) => {
    const report = { ...base[i % base.length], agency: `第${i + 1}部门` }
    return { department: report.agency, source: `${i}.json`, report }
  })
}

function benchAggregate(): void {
  const reports = twoHundredReports()
  const c0 = process.cpuUsage()
  const t0 = performance.now()
  const agg = aggregate(reports)
  const t1 = performance.now()
  const statuses = departmentStatuses(reports.map((r) => r.department).concat(['未报部门']), reports)
  checkContent(combinedReport(agg, '汇总'))
  const t2 = performance.now()
  const cpu = cpuMs(process.cpuUsage(c0))
  console.log(`汇总 of ${reports.length} reports: sums ${(t1 - t0).toFixed(0)} ms; with the rules on every department and on the sum ${(t2 - t0).toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (${statuses.length} statuses; target < 2000 ms)`)
}

/** 200 files in a temporary folder, cycling through every corpus file and fixture of each kind. */
function twoHundredFiles(dir: string): Record<string, number> {
  const corpus = loadCorpus()
  const sources = [
    ...corpus.map((e) => e.path),
    ...readdirSync(FIXTURES).filter((f) => /\.(docx|doc|pdf|html|txt)$/.test(f)).map((f) => join(FIXTURES, f))
  ]
  const exchange = corpus.filter((e) => Object.keys(e.truth.cells).length > 0).map((e) => writeExchangeText(honestReport(e, corpus)))
  const kinds: Record<string, number> = {}
  for (let i = 0; i < 200; i++) {
    const useJson = i % 5 === 4
    const ext = useJson ? 'json' : sources[i % sources.length].split('.').pop()!
    const name = join(dir, `${String(i).padStart(3, '0')}.${ext}`)
    if (useJson) writeFileSync(name, exchange[i % exchange.length])
    else copyFileSync(sources[i % sources.length], name)
    kinds[ext] = (kinds[ext] ?? 0) + 1
  }
  return kinds
}

async function benchFolder(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-folder-'))
  try {
    const kinds = twoHundredFiles(dir)
    const pool = importerPool({ size: defaultConcurrency() })
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    const results = await checkFolder(dir, { importer: pool.importer }).finally(() => pool.close())
    const ms = performance.now() - t0
    // CPU of the whole process, workers included: on an idle machine the wall time is about this over the cores used.
    const cpu = cpuMs(process.cpuUsage(c0))
    const unreadable = results.filter((r) => !r.ok).length
    console.log(
      `检查文件夹 of ${results.length} files (${Object.entries(kinds).map(([k, n]) => `${n} .${k}`).join(', ')}), ${defaultConcurrency()} at a time: ` +
        `${(ms / 1000).toFixed(1)} s wall, ${(cpu / 1000).toFixed(1)} s CPU (${(ms / results.length).toFixed(0)} ms a file), ${unreadable} unreadable (target < 20 s)`
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<void> {
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  benchAggregate()
  await benchFolder()
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname ?? __dirname, 'aggregate.ts')) await run()
