import { mkdtempSync, rmSync, statSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openStorage } from '../src/main/storage/storage'
import type { Report } from '../src/shared/report/types'
import { cellsOf } from '../src/shared/form'

// Save latency (fsync'ed write-then-rename) and file size of one report with full text, every
// cell filled, and a 20-snapshot history; plus opening a folder of 30 such reports.

function fullReport(base: Report, round: number): Report {
  const cells = { ...base.cells }
  let i = 0
  for (const info of cellsOf(base.format)) cells[info.key] = (i++ * 7 + round) % 500
  // Real 总体情况 run to 8 000–20 000 characters; use the fixture's text repeated to ~20 000.
  const fixture = readFileSync(fileURLToPath(new URL('../../shared/fixtures/jiaxing-zjj-2020.txt', import.meta.url)), 'utf8')
  const long = fixture.repeat(Math.ceil(20_000 / fixture.length)).slice(0, 20_000)
  return { ...base, cells, text: { overview: `${round}${long}`, problems: long.slice(0, 4_000), other: long.slice(0, 3_000) } }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'))
  try {
    let clock = Date.parse('2025-01-10T08:00:00Z')
    const storage = await openStorage({ dir, now: () => new Date(clock) })
    const created = await storage.create({ agency: '某市人民政府办公室', year: 2024 })
    // Build the 20-snapshot history (one snapshot per save, each 6 minutes apart).
    for (let round = 0; round < 25; round++) {
      clock += 6 * 60_000
      await storage.save(fullReport(created, round))
    }
    const snapshots = (await storage.snapshots(created.id)).length
    const file = join(dir, 'reports', `${created.id}.json`)

    // Autosave latency: the editor's case, saves every few seconds, no new snapshot.
    const times: number[] = []
    for (let round = 0; round < 50; round++) {
      clock += 3_000
      const report = fullReport(created, 100 + round)
      const t0 = performance.now()
      await storage.save(report)
      times.push(performance.now() - t0)
    }
    times.sort((a, b) => a - b)
    const size = statSync(file).size
    const historySize = statSync(join(dir, 'reports', `${created.id}.history.json`)).size
    console.log(`report with full text (${fullReport(created, 0).text.overview.length} chars in 总体情况), all cells, ${snapshots} snapshots`)
    console.log(`  report file: ${(size / 1024).toFixed(0)} KB, written on every autosave (+ a hard-linked .bak)`)
    console.log(`  history file (${snapshots} snapshots): ${(historySize / 1024).toFixed(0)} KB, written only when a snapshot is taken`)
    console.log(`  save latency over 50 autosaves: median ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`)

    // A folder with many such reports: start-up cost.
    for (let i = 0; i < 29; i++) await storage.duplicate(created.id)
    await storage.close()
    const t0 = performance.now()
    const reopened = await openStorage({ dir })
    const openMs = performance.now() - t0
    const t1 = performance.now()
    const list = reopened.list()
    const listMs = performance.now() - t1
    console.log(`  open a data folder of ${list.length} reports: ${openMs.toFixed(0)} ms; reports:list ${listMs.toFixed(1)} ms`)
    await reopened.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
