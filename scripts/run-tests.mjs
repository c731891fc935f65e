// The one test command (npm test): typecheck, lint, build, unit tests, end-to-end tests.
// Prints a closing "tests: N passed, N failed, N skipped" line that CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const tmp = '.tmp'
mkdirSync(tmp, { recursive: true })
const totals = { passed: 0, failed: 0, skipped: 0 }
let stepFailed = []

function* skipReasons(suites, path = []) {
  for (const suite of suites) {
    const here = suite.title ? [...path, suite.title] : path
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue
        const why = (t.annotations ?? []).filter((a) => a.type === 'skip' || a.type === 'fixme').map((a) => a.description)
        yield `${[...here, spec.title].join(' › ')}${why.length ? ` — ${why.join('; ')}` : ''}`
      }
    }
    yield* skipReasons(suite.suites ?? [], here)
  }
}

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) stepFailed.push(name)
  return r.status === 0
}

run('typecheck', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit'])
run('typecheck (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit'])
run('lint', 'npx', ['eslint', '.'])

// Built before the unit tests: some of them check the built app (out/), under the Electron
// stand-in (tests/main/electron), and its packaged form.
const built = run('build', 'npx', ['electron-vite', 'build'])

const unitJson = join(tmp, 'vitest.json')
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`])
if (existsSync(unitJson)) {
  const r = JSON.parse(readFileSync(unitJson, 'utf8'))
  totals.passed += r.numPassedTests
  totals.failed += r.numFailedTests
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0)
} else {
  totals.failed += 1
}

const hasE2e = existsSync('tests/e2e') && readdirSync('tests/e2e').some((f) => f.endsWith('.spec.ts'))
if (hasE2e) {
  if (built) {
    const e2eJson = join(tmp, 'playwright.json')
    run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson })
    if (existsSync(e2eJson)) {
      const report = JSON.parse(readFileSync(e2eJson, 'utf8'))
      // Say plainly why a test did not run (e.g. no Electron binary on this machine).
      for (const line of skipReasons(report.suites ?? [])) console.log(`skipped: ${line}`)
      const s = report.stats
      totals.passed += s.expected + (s.flaky ?? 0)
      totals.failed += s.unexpected
      totals.skipped += s.skipped
    } else {
      totals.failed += 1
    }
  }
}

if (stepFailed.length) console.log(`\nFailed steps: ${stepFailed.join(', ')}`)
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(stepFailed.length || totals.failed ? 1 : 0)
