import { buildSync } from 'esbuild'
import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStorage } from '../../../src/main/storage/storage'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()
const RUNS = Number(process.env.NIANBAO_KILL_RUNS ?? 30)

// The child is bundled once to plain JavaScript: starting it with plain node takes a fraction of
// tsx's start-up, so the runs spend their time saving, not compiling.
let bundleDir = ''
let CHILD = ''
beforeAll(() => {
  bundleDir = mkdtempSync(join(tmpdir(), 'nianbao-kill-child-'))
  CHILD = join(bundleDir, 'kill-child.mjs')
  buildSync({ entryPoints: [resolve(__dirname, 'kill-child.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: CHILD, logLevel: 'silent' })
})
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }))

/**
 * Runs the saving child and SIGKILLs it at a random moment: counted from its start (it may die
 * before its first write completes) or, with `afterFirstAck`, from its first acknowledged save
 * (so it dies mid-stream even on a loaded machine).
 */
function runAndKill(dir: string, afterFirstAck: boolean, overlap = false): Promise<{ max: number; count: number; refused: number }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CHILD, dir, overlap ? 'overlap' : 'sequential'], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let killScheduled = false
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      if (!killScheduled && out.includes(afterFirstAck ? 'ack ' : 'ready')) {
        killScheduled = true
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 150)
      }
    })
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child exited on its own: ${err}`))
      // Only complete lines count: a line cut by the kill was never fully acknowledged.
      const lines = out.split('\n').slice(0, -1)
      const acks = lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4)))
      resolvePromise({ max: acks.length ? Math.max(...acks) : 0, count: acks.length, refused: lines.filter((l) => l.startsWith('refused ')).length })
    })
    setTimeout(() => child.kill('SIGKILL'), 15_000)
  })
}

async function killRuns(overlap: boolean): Promise<void> {
  const dir = tempDir()
  let lastAcked = 0
  let totalAcks = 0
  let refused = 0
  for (let run = 0; run < RUNS; run++) {
    const result = await runAndKill(dir, run % 2 === 1, overlap)
    totalAcks += result.count
    refused += result.refused
    lastAcked = Math.max(lastAcked, result.max)
    const s = await openStorage({ dir })
    try {
      expect(s.status().recovered, `run ${run}: storage had to recover`).toBeNull()
      const list = s.list()
      if (list.length === 0) {
        expect(lastAcked, `run ${run}: an acknowledged report vanished`).toBe(0)
        continue
      }
      expect(list).toHaveLength(1)
      const report = s.get(list[0].id)
      // Null: killed after the report was created, before its first save was written.
      const n = (report.cells['t3.new.total'] as number | null) ?? 0
      // With overlapping saves this is the one that fails when an older save lands on top.
      expect(n, `run ${run}: acknowledged save ${lastAcked} lost`).toBeGreaterThanOrEqual(lastAcked)
      // A save is all-or-nothing: the text written with the number is the same save's text.
      if (n > 0) expect(report.text.overview.startsWith(`第${n}次保存。`)).toBe(true)
      lastAcked = n
      // The history file, when there is one, is valid too.
      expect((await s.snapshots(report.id)).every((snap) => snap.reason === 'autosave')).toBe(true)
      const file = join(dir, 'reports', `${report.id}.json`)
      expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow()
    } finally {
      await s.close()
    }
  }
  expect(readdirSync(join(dir, 'reports')).filter((n) => n.includes('damaged'))).toEqual([])
  // Half the runs were killed while saving, after at least one acknowledged save each.
  expect(totalAcks).toBeGreaterThanOrEqual(Math.floor(RUNS / 2))
  // One editor's saves, queued in order, are never refused as older.
  expect(refused).toBe(0)
}

describe('killed mid-write', () => {
  it(`keeps every acknowledged save and a valid file over ${RUNS} SIGKILLs at random moments`, () => killRuns(false), 240_000)

  it(`keeps the newest acknowledged save over ${RUNS} SIGKILLs while saves overlap and snapshots are due`, () => killRuns(true), 240_000)
})
