import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useHarness } from './harness'

const harness = useHarness()

/** Every file in the data folder with its content: "nothing written" means this does not change. */
function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const sub of ['', 'reports']) {
    for (const name of readdirSync(join(dir, sub), { withFileTypes: true })) {
      if (name.isFile()) out[join(sub, name.name)] = readFileSync(join(dir, sub, name.name), 'utf8')
    }
  }
  return out
}

describe('malformed and hostile messages', () => {
  it('get typed errors and write nothing', async () => {
    const { call, dir } = await harness()
    const good = (await call('reports:create', { agency: '某局', year: 2024 })).value
    const before = snapshotDir(dir)
    const huge = 'x'.repeat(5_000_000)
    const polluted = JSON.parse(`{"report": ${JSON.stringify({ ...good, cells: { ...good.cells } }).replace('"cells":{', '"cells":{"__proto__":{"polluted":1},')}}`)
    const cases: [string, unknown, string][] = [
      ['reports:save', undefined, 'invalid-request'],
      ['reports:save', 'report', 'invalid-request'],
      ['reports:save', { report: { ...good, year: '2024' } }, 'invalid-request'],
      ['reports:save', { report: { ...good, cells: { ...good.cells, 'not.a.cell': 1 } } }, 'invalid-request'],
      ['reports:save', { report: { ...good, cells: { ...good.cells, 't3.new.total': { $gt: 1 } } } }, 'invalid-request'],
      ['reports:save', { report: { ...good, cells: { ...good.cells, 't3.new.total': 'y'.repeat(2000) } } }, 'invalid-request'],
      ['reports:save', { report: { ...good, text: { ...good.text, overview: huge } } }, 'invalid-request'],
      ['reports:save', { report: { ...good, agency: 'a'.repeat(300) } }, 'invalid-request'],
      ['reports:save', { report: { ...good, extra: 1 } }, 'invalid-request'],
      ['reports:save', { report: { ...good, id: '../../settings' } }, 'invalid-request'],
      ['reports:save', polluted, 'invalid-request'],
      ['reports:save', JSON.parse('{"constructor": {"prototype": {"x": 1}}}'), 'invalid-request'],
      ['reports:save', { report: { ...good, id: 'unknown-id' } }, 'not-found'],
      ['reports:create', { agency: '', year: 2024 }, 'invalid-request'],
      ['reports:create', { agency: '某局', year: 1900 }, 'invalid-request'],
      ['reports:create', { agency: '某局', year: 2024.5 }, 'invalid-request'],
      ['reports:create', { agency: '某局', year: 2024, format: '2030' }, 'invalid-request'],
      ['reports:get', { id: 42 }, 'invalid-request'],
      ['reports:get', { id: '/etc/passwd' }, 'invalid-request'],
      ['reports:delete', { id: good.id, force: true }, 'invalid-request'],
      ['files:export', { id: good.id, kind: 'docx', blankAs: 'zero', path: '/tmp/evil.docx' }, 'invalid-request'],
      ['files:export', { id: good.id, kind: 'exe', blankAs: 'zero' }, 'invalid-request'],
      ['files:importPreview', { path: '/etc/passwd' }, 'invalid-request'],
      ['files:importConfirm', { token: 'made-up', mode: 'as-is' }, 'not-found'],
      ['settings:set', { settings: null }, 'invalid-request'],
      ['reports:list', { anything: 1 }, 'invalid-request'],
      ['fs:writeFile', { path: '/tmp/x' }, 'invalid-request'],
      ['__proto__', {}, 'invalid-request'],
      ['reports:undoDelete', { undoToken: 'z'.repeat(100) }, 'invalid-request']
    ]
    for (const [channel, payload, code] of cases) {
      const result = await call(channel, payload)
      expect(result.ok, `${channel} ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false)
      expect(result.error.code, `${channel} ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(code)
      expect(result.error.message).toMatch(/[\u4e00-\u9fff]/)
    }
    // Deeply nested junk.
    let deep: unknown = 1
    for (let i = 0; i < 50; i++) deep = { a: deep }
    expect((await call('reports:get', deep)).error.code).toBe('invalid-request')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(snapshotDir(dir)).toEqual(before)
  })

  it('refuse any sender that is not the app window, before looking at the message', async () => {
    const { callAs, dir } = await harness()
    const before = snapshotDir(dir)
    for (const sender of [undefined, null, {}, { trusted: true }, 'window']) {
      const r = await callAs(sender, 'reports:create', { agency: '某局', year: 2024 })
      expect(r.error.code).toBe('forbidden-sender')
    }
    expect(snapshotDir(dir)).toEqual(before)
  })

  it('never lets the renderer choose a file path: export writes only where the dialog says', async () => {
    const { call, chosen, dir } = await harness()
    const good = (await call('reports:create', { agency: '某局', year: 2024 })).value
    chosen.save = null
    expect((await call('files:export', { id: good.id, kind: 'docx', blankAs: 'zero' })).value).toEqual({ saved: false })
    chosen.save = join(dir, 'out.docx')
    const r = await call('files:export', { id: good.id, kind: 'docx', blankAs: 'zero' })
    expect(r.value).toEqual({ saved: true, path: chosen.save, openToken: expect.any(String) })
    expect(readFileSync(chosen.save, 'utf8')).toBe('docx:某局')
  })
})
