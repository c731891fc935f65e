import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { builtIsFresh } from '../../../scripts/cli.mjs'
import { ensureBuilt } from '../../support/electron-stand-in'

// The CLI as built into out/main/cli.js (what `npm run cli` runs when it is fresh): the same
// answers as from source, with the import worker the build emitted, and without tsx.

const root = resolve(__dirname, '../../..')
const fixture = (name: string) => resolve(root, 'tests/fixtures', name)

function run(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}
const built = (...args: string[]) => run(['out/main/cli.js', ...args])
const source = (...args: string[]) => run(['--import', 'tsx', 'src/main/cli/index.ts', ...args])

beforeAll(() => ensureBuilt(), 180_000)

describe('the built CLI', () => {
  it('is taken by npm run cli once built', () => {
    expect(builtIsFresh()).toBe(true)
  })

  it('checks a .docx (read on the built worker) as the sources do', () => {
    const args = ['check', fixture('official-2021-filled.docx'), '--today', '2030-06-01']
    const b = built(...args)
    expect(b.err).toBe('')
    expect(b.out).toContain('青禾县市场监督管理局 2021年度报告')
    expect(b).toEqual(source(...args))
  })

  it('ends a hostile file in exit code 2 and one Chinese line', () => {
    const b = built('check', resolve(root, 'tests/fixtures/hostile/deep-nesting.docx'))
    expect([b.code, b.out]).toEqual([2, ''])
    expect(b.err.trimEnd().split('\n')).toHaveLength(1)
    expect(b.err).toMatch(/嵌套过深/)
  })

  it('answers --help and an unknown command as the sources do', () => {
    expect(built('--help')).toEqual(source('--help'))
    expect(built('nope')).toEqual(source('nope'))
  })
})
