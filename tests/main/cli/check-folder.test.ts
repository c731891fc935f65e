import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CORPUS_DIR } from '../../../scripts/corpus/load'
import { sharedPath } from '../../helpers/fixtures'

// `check DIR`: a folder of reports of several kinds, one of them not a report at all, one with
// errors. One result per file; the unreadable file is reported and skipped; progress on stderr.

const root = resolve(__dirname, '../../..')
const tsx = join(root, 'node_modules/.bin/tsx')
const dir = mkdtempSync(join(tmpdir(), 'nianbao-check-folder-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function cli(...args: string[]) {
  const r = spawnSync(tsx, ['src/main/cli/index.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, out: r.stdout, err: r.stderr }
}

beforeAll(() => {
  mkdirSync(join(dir, '部门B'))
  copyFileSync(join(CORPUS_DIR, 'shanghai-bgt-2019-lo-docx.docx'), join(dir, '上海.docx'))
  copyFileSync(join(CORPUS_DIR, 'haizhu-guanzhou-2023-page.txt'), join(dir, '部门B', '官洲.txt'))
  const fixture = JSON.parse(readFileSync(sharedPath('fixtures/jiaxing-zjj-2020.json'), 'utf8'))
  writeFileSync(join(dir, '嘉兴.json'), JSON.stringify(fixture))
  writeFileSync(join(dir, '有错.json'), JSON.stringify({ ...fixture, agency: '有错的局', cells: { ...fixture.cells, 't3.total.natural': 999 } }))
  writeFileSync(join(dir, '照片.doc'), Buffer.from('not a word file at all \u0001\u0002\u0003'.repeat(50)))
  writeFileSync(join(dir, '.hidden.txt'), 'ignored')
})

describe('cli check DIR', () => {
  it('prints one JSON line per file, the unreadable one with its error, sorted worst first, with progress on stderr', () => {
    const r = cli('check', dir, '--json', '--sort', 'severity', '--today', '2035-06-01', '--jobs', '2')
    expect(r.code).toBe(1)
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.map((l) => l.file)).toEqual(['照片.doc', '有错.json', '上海.docx', '部门B/官洲.txt', '嘉兴.json'])
    expect(lines[0]).toEqual({ file: '照片.doc', error: expect.stringContaining('无法识别的文件类型') })
    expect(lines[1]).toMatchObject({ agency: '有错的局', year: 2020, format: '2019', counts: { error: expect.any(Number) } })
    expect((lines[1].counts as { error: number }).error).toBeGreaterThan(0)
    expect((lines[1].warnings as { rule: string }[]).some((w) => w.rule === 'C2' || w.rule === 'C3')).toBe(true)
    expect(lines[4]).toMatchObject({ file: '嘉兴.json', agency: '嘉兴市住房和城乡建设局', counts: { error: 0, warning: 0, hint: 0 }, warnings: [] })
    expect(lines[3]).toMatchObject({ year: 2023, format: '2021' })
    expect(r.err).toContain('已检查 5/5')
    expect(r.err.match(/已检查 \d\/5/g)).toHaveLength(5)
  }, 120_000)

  it('prints a table by default: one line per file, then each file’s errors and the unreadable file skipped', () => {
    const r = cli('check', dir, '--today', '2035-06-01')
    expect(r.code).toBe(1)
    expect(r.out).toContain('共5个文件：4个已检查（1个有错误），1个无法读取')
    expect(r.out).toMatch(/序号\s+文件\s+机关\s+年度\s+格式\s+错误\s+警告\s+提示/)
    expect(r.out).toMatch(/照片\.doc\s+无法读取/)
    expect(r.out).toMatch(/嘉兴\.json\s+嘉兴市住房和城乡建设局\s+2020\s+2019\s+0\s+0\s+0/)
    expect(r.out).toMatch(/照片\.doc：无法读取，已跳过/)
    expect(r.out).toMatch(/有错\.json（有错的局 2020年度）\n\s+\[错误 C\d\]/)
  }, 120_000)

  it('exits 2 for a folder that does not exist', () => {
    const r = cli('check', join(dir, 'missing'), '--json')
    expect(r.code).toBe(2)
  })
})
