import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseExchangeText } from '../../../src/shared/report/exchange'
import { readShared, sharedPath } from '../../helpers/fixtures'

// Spawns the real CLI on the published text fixture and the LibreOffice-made Word fixtures.

const root = resolve(__dirname, '../../..')
const tsx = join(root, 'node_modules/.bin/tsx')
const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-import-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const fixture = (name: string) => resolve(root, 'tests/fixtures', name)

function cli(...args: string[]) {
  const r = spawnSync(tsx, ['src/main/cli/index.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('cli import', () => {
  it('--json prints the exchange file of what was read', () => {
    const r = cli('import', sharedPath('fixtures/jiaxing-zjj-2020.txt'), '--json')
    expect(r.code).toBe(0)
    expect(parseExchangeText(r.out)).toEqual(parseExchangeText(readShared('fixtures', 'jiaxing-zjj-2020.json')))
  })

  it('without --json gives a readable account naming what was not imported', () => {
    const r = cli('import', fixture('deviations-2022.docx'))
    expect(r.code).toBe(0)
    expect(r.out).toContain('机关：青禾县交通运输局')
    expect(r.out).toContain('格式：2021年版')
    expect(r.out).toMatch(/\[提示\] 表三中有一列不是标准格式的列.*（表格2 第4行第10列）/)
  })

  it('exits 2 with a one-line Chinese reason for a file it cannot read', () => {
    const bad = join(dir, 'report.docx')
    writeFileSync(bad, 'PK\u0003\u0004 truncated')
    const r = cli('import', bad)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^无法读取“.*report\.docx”：文件已损坏/)
    expect(r.err.trim().split('\n')).toHaveLength(1)
  })
})

describe('cli new', () => {
  // Three CLI runs, each importing on a worker thread: more than the default 20 s on a loaded machine.
  it('starts this year from last year’s Word file and never overwrites without --force', { timeout: 90_000 }, () => {
    const out = join(dir, 'new.json')
    const r = cli('new', '--from', fixture('official-2021-filled.doc'), '-o', out)
    expect(r.code).toBe(0)
    const made = parseExchangeText(readFileSync(out, 'utf8'))
    expect([made.year, made.format, made.agency]).toEqual([2022, '2021', '青禾县市场监督管理局'])
    expect(made.cells['t3.carriedOver.total']).toBe(2)
    expect(made.cells['t3.new.total']).toBeNull()
    expect(made.text.overview).toContain('【请核对：2021年】')

    const again = cli('new', '--from', fixture('official-2021-filled.doc'), '-o', out)
    expect(again.code).toBe(2)
    expect(again.err).toContain('已存在，未覆盖')
    expect(cli('new', '--from', fixture('official-2021-filled.doc'), '-o', out, '--force').code).toBe(0)
  })

  it('asks for the missing arguments', () => {
    const r = cli('new', '-o', join(dir, 'x.json'))
    expect(r.code).toBe(2)
    expect(r.err).toContain('--from')
    expect(existsSync(join(dir, 'x.json'))).toBe(false)
  })
})

describe('cli check on other formats', () => {
  it('checks a Word document directly', () => {
    const r = cli('check', fixture('official-2021-filled.docx'), '--today', '2030-06-01')
    expect(r.out).toContain('青禾县市场监督管理局 2021年度报告（2021年版格式）')
  })
})
