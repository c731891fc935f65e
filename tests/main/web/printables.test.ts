import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppDispatch } from '../../../src/main/ipc'
import { openStorage } from '../../../src/main/storage/storage'
import { noFileDialogs } from '../../../src/main/web/chooser'
import { PrintablePages } from '../../../src/main/web/printables'
import { createWebServer, WEB_SENDER } from '../../../src/main/web/server'
import { listen } from './listen'

// 打印 through the web bridge: the printable page is kept under an unguessable address, served
// with no script allowed, and forgotten after a while.

let cleanup: (() => Promise<void>) | null = null
afterEach(async () => {
  await cleanup?.()
  cleanup = null
})

describe('printable pages', () => {
  it('keeps a page under a fresh /print/<uuid> address, for a while and a few at a time', () => {
    let now = 0
    const pages = new PrintablePages(() => now)
    const a = pages.add('<p>a</p>')
    const b = pages.add('<p>b</p>')
    expect(a).toMatch(/^\/print\/[0-9a-f-]{36}$/)
    expect(a).not.toBe(b)
    expect(pages.get(a)).toBe('<p>a</p>')
    expect(pages.get('/print/guess')).toBeUndefined()
    expect(pages.get(`/x${a}`)).toBeUndefined()
    for (let i = 0; i < 10; i++) pages.add(`<p>${i}</p>`)
    expect(pages.get(a)).toBeUndefined()
    const late = pages.add('<p>late</p>')
    now += 31 * 60_000
    expect(pages.get(late)).toBeUndefined()
  })

  it('print:document through the served API gives an address that serves the report page, scripts off', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nianbao-print-'))
    const renderer = join(root, 'renderer')
    mkdirSync(renderer)
    writeFileSync(join(renderer, 'index.html'), '<html></html>')
    const storage = await openStorage({ dir: join(root, 'data') })
    const printables = new PrintablePages()
    const dispatch = createAppDispatch(storage, noFileDialogs, { isTrustedSender: (s) => s === WEB_SENDER }, { printDocument: async (html) => ({ url: printables.add(html) }) })
    const server = createWebServer({ dispatch, storage, rendererDir: renderer, bridgeScript: '', printables })
    const { base, close, call } = await listen(server, storage, () => rmSync(root, { recursive: true, force: true }))
    cleanup = close

    const created = await call<{ value: { id: string } }>('reports:create', { agency: '打印测试局', year: 2025 })
    const answer = await call<{ ok: boolean; value: { url: string } }>('print:document', { id: created.value.id, blankAs: 'slash' })
    expect(answer.ok).toBe(true)
    const res = await fetch(base + answer.value.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'/)
    const html = await res.text()
    expect(html).toContain('打印测试局')
    expect(html).toContain('2025年政府信息公开工作年度报告')
    expect(html).not.toContain('<script')

    const missing = await fetch(`${base}/print/00000000-0000-0000-0000-000000000000`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('再次点击“打印”')
  })
})
