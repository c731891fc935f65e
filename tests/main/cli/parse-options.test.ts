import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { run as aggregate } from '../../../src/main/cli/aggregate'
import { run as check } from '../../../src/main/cli/check'
import { run as exportCommand } from '../../../src/main/cli/export'
import { run as importCommand } from '../../../src/main/cli/import'
import { run as newCommand } from '../../../src/main/cli/new'
import { firstPositional, parseOptions } from '../../../src/main/cli/parse-options'
import { InputError } from '../../../src/main/cli/read-input'

// Every command parses its options with util.parseArgs: an unknown option or a missing value ends
// in exit 2 with one line of Chinese naming the option as typed, before any file is read.

const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-opts-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SPECS = {
  previous: { type: 'string', value: '上年报告文件名' },
  out: { type: 'string', short: 'o', multiple: true, value: '输出文件名' },
  json: { type: 'boolean' }
} as const

describe('parseOptions', () => {
  it('reads values, repeated values and positionals', () => {
    const p = parseOptions(['a.json', '--previous', 'b.json', '-o', 'x.csv', '--out=y.json', '--json'], SPECS)
    expect(p).toEqual({ values: { previous: 'b.json', out: ['x.csv', 'y.json'], json: true }, positionals: ['a.json'], help: false })
    expect(parseOptions(['--', '-odd-name.json'], SPECS).positionals).toEqual(['-odd-name.json'])
    expect(parseOptions(['--previous=-odd.json'], SPECS).values.previous).toBe('-odd.json')
  })

  it('names an unknown option as typed and lists the ones there are', () => {
    expect(() => parseOptions(['--jsno'], SPECS)).toThrow(new InputError('未知参数“--jsno”。可用的参数：--previous、-o、--json、--help'))
    expect(() => parseOptions(['-x'], SPECS)).toThrow('未知参数“-x”')
    // Not a property every object has.
    expect(() => parseOptions(['--constructor'], SPECS)).toThrow('未知参数“--constructor”')
  })

  it('says which value is missing, also when the next word is another option', () => {
    for (const args of [['--previous'], ['--previous', '--json'], ['--previous='], ['a', '--previous', '-o', 'x.csv']]) {
      expect(() => parseOptions(args, SPECS)).toThrow(new InputError('参数“--previous”后面缺少上年报告文件名'))
    }
    expect(() => parseOptions(['-o'], SPECS)).toThrow(new InputError('参数“-o”后面缺少输出文件名'))
    expect(() => parseOptions(['--json=1'], SPECS)).toThrow('参数“--json”不带值')
  })

  it('--help wins over any other mistake', () => {
    expect(parseOptions(['--bogus', '-h'], SPECS).help).toBe(true)
    expect(parseOptions(['--previous', '--help'], SPECS).help).toBe(true)
    expect(parseOptions(['--', '--help'], SPECS)).toEqual({ values: {}, positionals: ['--help'], help: false })
  })

  it('finds the first positional past option values (check FILE or check DIR)', () => {
    expect(firstPositional(['--previous', 'last.json', 'dir'], SPECS)).toBe('dir')
    expect(firstPositional(['--json'], SPECS)).toBeUndefined()
  })
})

describe('every command: unknown option and missing value', () => {
  let err: string[]
  let out: string[]
  beforeEach(() => {
    err = []
    out = []
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true))
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true))
  })
  afterEach(() => vi.restoreAllMocks())

  const cases: [string, (args: string[]) => Promise<number>, string[], string[], string][] = [
    ['check FILE', check, ['r.json', '--prevous', 'x.json'], ['r.json', '--previous'], '参数“--previous”后面缺少上年报告文件名'],
    ['check DIR', check, [dir, '--previous', 'x.json'], [dir, '--sort'], '参数“--sort”后面缺少排序方式（severity 或 name）'],
    ['import', importCommand, ['r.docx', '--jsn'], ['r.docx', '--year'], '参数“--year”后面缺少年份'],
    ['new', newCommand, ['--from', 'r.json', '--out', 'n.json', '--forse'], ['--from', '-o', 'n.json'], '参数“--from”后面缺少上年报告文件名'],
    ['export', exportCommand, ['r.json', '-o', 'r.docx', '--blanks', 'zero'], ['r.json', '-o'], '参数“-o”后面缺少输出文件名'],
    ['aggregate', aggregate, ['a.json', '-o', 's.json', '--agency', '汇总', '--yaer', '2024'], ['a.json', '-o', 's.json', '--agency'], '参数“--agency”后面缺少机关名称']
  ]

  for (const [name, run, unknown, missing, missingLine] of cases) {
    it(`${name}: one Chinese line and exit 2, nothing on stdout`, async () => {
      expect(await run(unknown)).toBe(2)
      expect(err.join('')).toMatch(/^未知参数“--[a-z]+”。可用的参数：[^\n]*--help\n$/)
      expect(out).toEqual([])
      err.length = 0
      expect(await run(missing)).toBe(2)
      expect(err.join('')).toBe(missingLine + '\n')
      expect(out).toEqual([])
    })

    it(`${name}: --help still prints the usage and exits 0`, async () => {
      expect(await run([...unknown, '--help'])).toBe(0)
      expect(out.join('')).toMatch(/^用法：/)
      expect(err).toEqual([])
    })
  }
})
