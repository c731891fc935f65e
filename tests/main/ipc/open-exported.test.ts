import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RecordingShell } from '../../../src/main/web/recording-shell'
import { useHarness } from './harness'

// 打开文件 / 打开所在文件夹 after an export: the main process opens only the path it wrote itself,
// named by the token the export answered with; the renderer never sends a path.

const harness = useHarness()

async function exported() {
  const shell = new RecordingShell()
  const h = await harness({ shell })
  const report = (await h.call('reports:create', { agency: '某局', year: 2024 })).value
  h.chosen.save = join(h.dir, '报告.docx')
  const res = (await h.call('files:export', { id: report.id, kind: 'docx', blankAs: 'zero' })).value
  return { ...h, shell, res }
}

describe('files:openExported', () => {
  it('opens the exported file, or shows it in its folder, by the token of that export', async () => {
    const { call, shell, res, dir } = await exported()
    expect(res).toMatchObject({ saved: true, path: join(dir, '报告.docx') })
    expect((await call('files:openExported', { openToken: res.openToken, target: 'file' })).ok).toBe(true)
    expect((await call('files:openExported', { openToken: res.openToken, target: 'folder' })).ok).toBe(true)
    expect(shell.requests).toEqual([
      { action: 'openPath', path: join(dir, '报告.docx') },
      { action: 'showItemInFolder', path: join(dir, '报告.docx') }
    ])
  })

  it('refuses a path sent by the renderer, and a token no export gave', async () => {
    const { call, shell, res } = await exported()
    const withPath = await call('files:openExported', { openToken: res.openToken, target: 'file', path: '/etc/passwd' })
    expect(withPath.error.code).toBe('invalid-request')
    const unknown = await call('files:openExported', { openToken: 'not-a-real-token', target: 'file' })
    expect(unknown.error.code).toBe('not-found')
    expect((await call('files:openExported', { openToken: res.openToken, target: 'desktop' })).error.code).toBe('invalid-request')
    expect(shell.requests).toEqual([])
  })

  it('says so when the file has gone since the export', async () => {
    const { call, shell, res } = await exported()
    const { rmSync } = await import('node:fs')
    rmSync(res.path)
    const r = await call('files:openExported', { openToken: res.openToken, target: 'file' })
    expect(r.error.code).toBe('not-found')
    expect(r.error.message).toContain('已不在原处')
    expect(shell.requests).toEqual([])
  })
})
