import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sharedPath } from '../../helpers/fixtures'

// Spawns the real CLI (tsx src/main/cli/index.ts) on temporary files.

const root = resolve(__dirname, '../../..')
const tsx = join(root, 'node_modules/.bin/tsx')
const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const fixtureText = readFileSync(sharedPath('fixtures/jiaxing-zjj-2020.json'), 'utf8')

function write(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

function withCells(cells: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  const data = JSON.parse(fixtureText)
  return JSON.stringify({ ...data, ...extra, cells: { ...data.cells, ...cells } })
}

function cli(...args: string[]) {
  const r = spawnSync(tsx, ['src/main/cli/index.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('cli check', () => {
  it('exits 0 and says so for the real published report', () => {
    const r = cli('check', sharedPath('fixtures/jiaxing-zjj-2020.json'), '--today', '2030-06-01')
    expect(r.code).toBe(0)
    expect(r.out).toContain('嘉兴市住房和城乡建设局 2020年度报告（2019年版格式）：0个错误，0个警告，0个提示')
    expect(r.out).toContain('未发现问题')
    expect(r.err).toBe('')
  })

  it('exits 1 on errors and prints them grouped, in Chinese, with the cells described by their labels', () => {
    const file = write('broken.json', withCells({ 't3.total.natural': 60, 't3.granted.research': null }))
    const r = cli('check', file, '--today', '2030-06-01')
    expect(r.code).toBe(1)
    expect(r.out).toContain('个错误')
    expect(r.out).toMatch(/错误（3）[\s\S]*\[C1\] 表三“自然人”列：第一项加第二项为63，第三项加第四项为64，相差1/)
    expect(r.out).toContain('单元格：表三 › 一、本年新收政府信息公开申请数量 › 申请人情况 › 自然人')
    expect(r.out).toContain('可修正：')
    expect(r.out).toMatch(/警告（1）[\s\S]*\[E4\]/)
  })

  it('prints the spec\'s JSON shape with --json', () => {
    const file = write('json.json', withCells({ 't4.review.total': 2 }))
    const r = cli('check', file, '--json', '--today', '2030-06-01')
    expect(r.code).toBe(1)
    const parsed = JSON.parse(r.out)
    expect(Object.keys(parsed)).toEqual(['warnings'])
    expect(parsed.warnings).toHaveLength(1)
    expect(parsed.warnings[0]).toMatchObject({ rule: 'C5', severity: 'error', cells: ['t4.review.total', 't4.review.upheld', 't4.review.corrected', 't4.review.other', 't4.review.pending'] })
    expect(parsed.warnings[0].message).toContain('表四“行政复议”')
  })

  it('exits 0 when there are only warnings and hints', () => {
    const file = write('warn.json', withCells({ 't2.fees.delta': '/' }))
    const r = cli('check', file, '--json', '--today', '2021-01-25')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out).warnings.map((w: { rule: string }) => w.rule)).toEqual(['E4', 'D1'])
  })

  it('compares with last year\'s report given with --previous', () => {
    const last = write('last.json', JSON.stringify({ ...JSON.parse(fixtureText), year: 2019 }))
    const r = cli('check', sharedPath('fixtures/jiaxing-zjj-2020.json'), '--previous', last, '--json', '--today', '2030-06-01')
    const rules = JSON.parse(r.out).warnings.map((w: { rule: string }) => w.rule)
    expect(rules).toContain('X1') // 上年结转 5 vs last year's 结转下年度 4
    expect(rules).toContain('S2')
    expect(rules).toContain('H1')
    expect(r.code).toBe(0)
  })

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /^找不到文件“.*nope\.json”\n$/],
    ['a file that is not JSON', () => write('bad.json', '{ not json'), /^无法读取“.*bad\.json”：文件不是有效的 JSON/],
    ['a malformed exchange file', () => write('field.json', withCells({}, { year: 'x' })), /字段“year”/],
    ['an unknown cell key', () => write('key.json', withCells({ 't3.foo.bar': 1 })), /“t3\.foo\.bar”不是2019年版格式的单元格/]
  ])('exits 2 with a one-line reason for %s', (_name, make, reason) => {
    const r = cli('check', make())
    expect(r.code).toBe(2)
    expect(r.err).toMatch(reason)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.out).toBe('')
  })

  it('exits 2 when --previous cannot be read', () => {
    const r = cli('check', sharedPath('fixtures/jiaxing-zjj-2020.json'), '--previous', join(dir, 'missing.json'))
    expect(r.code).toBe(2)
    expect(r.err).toContain('找不到文件')
  })

  it.each([[[]], [['a.json', 'b.json']], [['--frobnicate', 'a.json']], [['a.json', '--previous']], [['a.json', '--today', '2021-13-40']]])(
    'exits 2 on wrong arguments %j',
    (args) => {
      const r = cli('check', ...args)
      expect(r.code).toBe(2)
      expect(r.err.trim()).not.toBe('')
    }
  )

  it('prints usage with --help', () => {
    const r = cli('check', '--help')
    expect(r.code).toBe(0)
    expect(r.out).toContain('check 文件 [--previous 上年报告文件] [--json]')
    expect(r.out).toContain('退出码')
  })
})

describe('cli', () => {
  it('lists the commands without arguments and with --help', () => {
    for (const args of [[], ['--help']]) {
      const r = cli(...args)
      expect(r.code).toBe(0)
      for (const name of ['check', 'import', 'new', 'export']) expect(r.out).toContain(name)
    }
  })

  it('exits 2 on an unknown command', () => {
    const r = cli('frobnicate')
    expect(r.code).toBe(2)
    expect(r.err).toContain('未知命令“frobnicate”')
  })

  it('exits 2 with one line on an unknown option or a missing value, through the real process', () => {
    const unknown = cli('export', sharedPath('fixtures/jiaxing-zjj-2020.json'), '--ouput', 'x.docx')
    expect(unknown.code).toBe(2)
    expect(unknown.err).toBe('未知参数“--ouput”。可用的参数：-o、--blank、--force、--help\n')
    const missing = cli('check', sharedPath('fixtures/jiaxing-zjj-2020.json'), '--today')
    expect(missing.code).toBe(2)
    expect(missing.err).toBe('参数“--today”后面缺少日期（YYYY-MM-DD）\n')
    expect(missing.out).toBe('')
  })
})
