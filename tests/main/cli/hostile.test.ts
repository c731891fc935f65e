import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { HOSTILE_DIR, LARGE, SMALL, writeLarge } from '../../fixtures/hostile/make'

// Every hostile input (issue 11) through the real CLI: `check` ends in exit code 2 with one line of
// Chinese on stderr and nothing on stdout. Time and memory are measured by `npm run bench -- hostile`.

const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'nianbao-hostile-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
writeLarge(dir)

const run = promisify(execFile)
const files = [...SMALL.map((c) => join(HOSTILE_DIR, c.name)), ...LARGE.map((c) => join(dir, c.name))]

async function check(path: string): Promise<{ code: number; out: string; err: string }> {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', 'src/main/cli/index.ts', 'check', path], { cwd: root, encoding: 'utf8', timeout: 120_000 })
    return { code: 0, out: r.stdout, err: r.stderr }
  } catch (e) {
    const r = e as { code: number; stdout: string; stderr: string }
    return { code: r.code, out: r.stdout, err: r.stderr }
  }
}

describe('hostile files', () => {
  it('the committed small ones are the generator’s', () => {
    expect(readdirSync(HOSTILE_DIR).filter((f) => f !== 'make.ts').sort()).toEqual(SMALL.map((c) => c.name).sort())
  })

  describe.concurrent.each(files)('check %s', (path) => {
    it('exits 2 with one line of Chinese', { timeout: 300_000 }, async () => {
      const r = await check(path)
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
      expect(r.err.trimEnd().split('\n')).toHaveLength(1)
      expect(r.err).toMatch(/^无法读取“.+”：.*[\u4e00-\u9fff]{4}/)
    })
  })
})
