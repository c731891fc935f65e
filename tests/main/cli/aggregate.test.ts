import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cellsOf } from '../../../src/shared/form'
import { parseExchangeText } from '../../../src/shared/report'
import { CORPUS_DIR } from '../../../scripts/corpus/load'

// The real CLI on real published reports: `aggregate` reads the nine 2023 excerpts of the corpus
// through the import pipeline (each on its worker) and must write the sums added by hand.

const root = resolve(__dirname, '../../..')
const tsx = join(root, 'node_modules/.bin/tsx')
const dir = mkdtempSync(join(tmpdir(), 'nianbao-aggregate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const TRUTH = JSON.parse(readFileSync(join(CORPUS_DIR, '../aggregate/real-2023.sum.truth.json'), 'utf8')) as { reports: string[]; cells: Record<string, number> }
const files = TRUTH.reports.map((name) => join(CORPUS_DIR, `${name}.txt`))

function cli(...args: string[]) {
  const r = spawnSync(tsx, ['src/main/cli/index.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

describe('cli aggregate', () => {
  it('writes the combined report (.json) and the breakdown (.csv) of nine real 2023 reports, equal to the hand-added sums', () => {
    const json = join(dir, '汇总.json')
    const csv = join(dir, '明细.csv')
    const r = cli('aggregate', ...files, '--year', '2023', '--agency', '某县人民政府', '-o', json, '-o', csv)
    expect(r.err).toContain('已汇总9个部门的2023年度报告')
    expect(r.code).toBe(0)

    const combined = parseExchangeText(readFileSync(json, 'utf8'))
    expect(combined).toMatchObject({ agency: '某县人民政府', year: 2023, format: '2021', text: { overview: '', problems: '', other: '' } })
    const diffs = cellsOf('2021').flatMap(({ key }) => (combined.cells[key] === (TRUTH.cells[key] ?? null) ? [] : [`${key}: ${String(combined.cells[key])}`]))
    expect(diffs).toEqual([])

    const text = readFileSync(csv, 'utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const rows = text.slice(1).trimEnd().split('\r\n').map((l) => l.split(','))
    expect(rows[0][0]).toBe('单元格')
    expect(rows[0]).toHaveLength(2 + 9 + 1)
    expect(rows[0].at(-1)).toBe('合计')
    expect(rows).toHaveLength(1 + cellsOf('2021').length)
    const penalty = rows.find((row) => row[0] === 't2.penalty.decisions')!
    expect(penalty[1]).toContain('行政处罚')
    expect(penalty.slice(2, -1).map(Number).sort((a, b) => b - a).slice(0, 3)).toEqual([1472, 47, 10])
    expect(penalty.at(-1)).toBe('1529')
  }, 180_000)

  it('refuses, writing nothing, when a file cannot be read or the years differ', () => {
    const out = join(dir, 'none.json')
    const broken = join(dir, 'broken.doc')
    writeFileSync(broken, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]))
    const r = cli('aggregate', files[0], broken, '--year', '2023', '-o', out)
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/以下文件无法读取，未生成汇总[\s\S]*broken\.doc/)

    const y2022 = join(CORPUS_DIR, 'hukou-wjw-2022-page.txt')
    const mixed = cli('aggregate', files[0], y2022, '-o', out)
    expect(mixed.code).toBe(2)
    expect(mixed.err).toMatch(/不是同一年度：2022年度（.*）；2023年度.*请用 --year 指定汇总哪一年度/)
    expect(() => readFileSync(out)).toThrow()
  }, 120_000)

  it('--year picks one year of several: the file of the other year is left out and named', () => {
    const out = join(dir, 'one-year.json')
    const y2022 = join(CORPUS_DIR, 'hukou-wjw-2022-page.txt')
    const r = cli('aggregate', files[0], files[1], y2022, '--year', '2023', '-o', out)
    expect(r.code).not.toBe(2)
    expect(r.err).toContain('已汇总2个部门的2023年度报告')
    expect(r.err).toMatch(/注意：其他年度的报告未计入：2022年度（.+）/)
    expect(parseExchangeText(readFileSync(out, 'utf8')).year).toBe(2023)
  }, 120_000)
})
