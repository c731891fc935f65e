import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDocx, readTables } from './docx-reader'
import { sharedPath } from '../../helpers/fixtures'

const ROOT = resolve(__dirname, '../../..')
const FIXTURE = sharedPath('fixtures/jiaxing-zjj-2020.json')
const dir = mkdtempSync(join(tmpdir(), 'nianbao-export-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/main/cli/index.ts'), 'export', ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 60_000
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('cli export', () => {
  it('writes the Word document of a report', () => {
    const out = join(dir, '报告.docx')
    const r = cli(FIXTURE, '-o', out)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('已导出')
    const tables = readTables(openDocx(readFileSync(out)).xml('word/document.xml'))
    expect(tables).toHaveLength(3)
  })

  it('writes HTML and JSON by the extension, blanks as "/" when asked', () => {
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8'))
    data.cells['t3.new.research'] = null
    const input = join(dir, 'blank.json')
    writeFileSync(input, JSON.stringify(data))
    const html = join(dir, 'r.html')
    const r = cli(input, '-o', html, '--blank', 'slash')
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toContain('1 个空白单元格填写为“/”')
    expect(readFileSync(html, 'utf8')).toContain('data-cell="t3.new.research">/</td>')
    const json = join(dir, 'r.json')
    expect(cli(input, '-o', json).code).toBe(0)
    expect(JSON.parse(readFileSync(json, 'utf8')).cells['t3.new.research']).toBeNull()
  })

  it('refuses a report with errors unless --force, printing them', () => {
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8'))
    data.cells['t3.new.natural'] = 59 // 勾稽关系 and the 总计 column no longer hold
    const input = join(dir, 'broken.json')
    writeFileSync(input, JSON.stringify(data))
    const out = join(dir, 'broken.docx')
    const refused = cli(input, '-o', out)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('[C1]')
    expect(refused.stderr).toContain('--force')
    expect(existsSync(out)).toBe(false)
    const forced = cli(input, '-o', out, '--force')
    expect(forced.code, forced.stderr).toBe(0)
    expect(existsSync(out)).toBe(true)
  })

  // Five CLI runs, the readable ones importing on a worker thread: more than 20 s on a loaded machine.
  it('explains bad arguments and unreadable files in one Chinese line, exit code 2', { timeout: 90_000 }, () => {
    for (const args of [[FIXTURE], [FIXTURE, '-o', join(dir, 'x.pdf')], [FIXTURE, '-o', join(dir, 'x.docx'), '--blank', 'none'], [join(dir, 'missing.json'), '-o', join(dir, 'y.docx')]]) {
      const r = cli(...args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr).toMatch(/[\u4e00-\u9fff]/)
    }
    expect(cli(FIXTURE, '-o', join(dir, 'no-such-dir', 'z.docx')).stderr).toContain('文件夹不存在')
  })
})
