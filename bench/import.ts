import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { importFile } from '../src/main/import'

// Import time of a typical hand-filled .docx (the official template filled in LibreOffice).
// Target: median under 200 ms.

const FILES = ['official-2021-filled.docx', 'official-2021-filled.doc']
// A complete 2021 report as LibreOffice saves it to PDF (nianbao's export): target under 1 s.
const PDF = 'nianbao-export-2021.lo.pdf'

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname ?? __dirname, '../tests/fixtures', name)))

/** The first PDF in a fresh process also loads pdf.js (about 2 MB of code) and compiles its font parser. */
async function pdfCold(): Promise<void> {
  const bytes = fixture(PDF)
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  await importFile(bytes, PDF)
  const c = process.cpuUsage(c0)
  console.log(`import ${PDF} (${(bytes.length / 1024).toFixed(0)} KB) cold: ${(performance.now() - t0).toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU`)
}

export async function run(): Promise<void> {
  // Other work on the machine inflates wall time: print the load beside the figures.
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
  await pdfCold()
  for (const name of [...FILES, PDF]) {
    const target = name === PDF ? 1000 : 200
    const bytes = fixture(name)
    await importFile(bytes, name) // warm-up (JIT, module init)
    const times: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < (name === PDF ? 10 : 25); i++) {
      const t0 = performance.now()
      const c0 = process.cpuUsage()
      await importFile(bytes, name)
      const c = process.cpuUsage(c0)
      times.push(performance.now() - t0)
      cpu.push((c.user + c.system) / 1000)
    }
    console.log(
      `import ${name} (${(bytes.length / 1024).toFixed(0)} KB): median ${median(times).toFixed(1)} ms wall, ` +
        `${median(cpu).toFixed(1)} ms CPU, max ${Math.max(...times).toFixed(1)} ms (target < ${target} ms)`
    )
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname ?? __dirname, 'import.ts')) await run()
