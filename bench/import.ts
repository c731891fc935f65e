import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { importFile } from '../src/main/import'

// Import time of a typical hand-filled .docx (the official template filled in LibreOffice).
// Target: median under 200 ms.

const FILES = ['official-2021-filled.docx', 'official-2021-filled.doc']

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

export async function run(): Promise<void> {
  // Other work on the machine inflates wall time: print the load beside the figures.
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  for (const name of FILES) {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname ?? __dirname, '../tests/fixtures', name)))
    await importFile(bytes, name) // warm-up (JIT, module init)
    const times: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < 25; i++) {
      const t0 = performance.now()
      const c0 = process.cpuUsage()
      await importFile(bytes, name)
      const c = process.cpuUsage(c0)
      times.push(performance.now() - t0)
      cpu.push((c.user + c.system) / 1000)
    }
    console.log(
      `import ${name} (${(bytes.length / 1024).toFixed(0)} KB): median ${median(times).toFixed(1)} ms wall, ` +
        `${median(cpu).toFixed(1)} ms CPU, max ${Math.max(...times).toFixed(1)} ms (target < 200 ms)`
    )
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname ?? __dirname, 'import.ts')) await run()
