import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { builtIsFresh } from '../scripts/cli.mjs'
import { HOSTILE_DIR, LARGE, SMALL, writeLarge } from '../tests/fixtures/hostile/make'

// `npm run bench -- hostile`: the CLI's `check` on each hostile input (tests/fixtures/hostile),
// as a separate process under /usr/bin/time: wall time, CPU time and peak memory (max RSS, the
// worker thread included). Targets per file: exit code 2, under 2 s and under 300 MB. Time is
// judged by CPU (user + system): the process is busy on one thread at a time, so on an idle
// machine its wall time is about its CPU time, while on a shared one wall time mostly measures the
// others. It runs the built CLI (out/main/cli.js, what `npm run cli` runs) and builds it first when
// it is missing or older than the sources. The first rows are baselines: the start-up alone (built,
// and from source through tsx) and a real report.

const root = resolve(import.meta.dirname ?? __dirname, '..')
const TIME = '/usr/bin/time'

interface Probe {
  code: number | null
  seconds: number
  /** User + system CPU time: wall time on a loaded machine says little. */
  cpu: number
  peakMb: number
}

const BUILT = ['out/main/cli.js']
const SOURCE = ['--import', 'tsx', 'src/main/cli/index.ts']

function probe(args: string[], cli = BUILT): Probe {
  const r = spawnSync(TIME, ['-f', '%e %U %S %M', process.execPath, ...cli, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  const last = r.stderr.trimEnd().split('\n').pop() ?? ''
  const [seconds, user, sys, kb] = last.split(' ').map(Number)
  return { code: r.status, seconds, cpu: user + sys, peakMb: kb / 1024 }
}

const row = (name: string, size: string, p: Probe, verdict: string) =>
  console.log(
    `${name.padEnd(30)} ${size.padStart(8)}  exit ${String(p.code).padEnd(2)} ${p.seconds.toFixed(2).padStart(6)} s wall ${p.cpu.toFixed(2).padStart(6)} s CPU ${p.peakMb.toFixed(0).padStart(5)} MB  ${verdict}`
  )

const size = (path: string) => {
  const b = statSync(path).size
  return b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(0)} KB`
}

export async function run(): Promise<void> {
  if (!existsSync(TIME)) {
    console.log(`${TIME} not found (apt-get install time): no memory probe, bench skipped`)
    return
  }
  if (!builtIsFresh()) {
    console.log('out/main/cli.js is missing or older than the sources: building (npx electron-vite build)')
    const b = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, encoding: 'utf8' })
    if (b.status !== 0) throw new Error(`electron-vite build failed:\n${b.stdout}\n${b.stderr}`)
  }
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-hostile-'))
  try {
    writeLarge(dir)
    console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other work on the machine inflates wall time)`)
    row('(start-up: check --help)', '', probe(['check', '--help']), '')
    row('(start-up from source, tsx)', '', probe(['check', '--help'], SOURCE), '')
    const real = resolve(root, 'tests/fixtures/official-2021-filled.docx')
    row('(real report .docx)', size(real), probe(['check', real]), '')
    let over = 0
    for (const path of [...SMALL.map((c) => join(HOSTILE_DIR, c.name)), ...LARGE.map((c) => join(dir, c.name))]) {
      const p = probe(['check', path])
      const ok = p.code === 2 && p.cpu < 2 && p.peakMb < 300
      if (!ok) over++
      row(basename(path), size(path), p, ok ? 'ok' : p.code !== 2 ? 'WRONG EXIT' : 'OVER TARGET')
    }
    console.log(`${over === 0 ? 'all' : `${over} not`} within target (exit 2, < 2 s CPU, < 300 MB)`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
