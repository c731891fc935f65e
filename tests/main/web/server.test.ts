import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppDispatch } from '../../../src/main/ipc'
import { nodeDiskIO, type DiskIO } from '../../../src/main/storage/disk-io'
import { openStorage, type Storage } from '../../../src/main/storage/storage'
import { TestChooser } from '../../../src/main/web/chooser'
import { createWebServer, WEB_SENDER } from '../../../src/main/web/server'
import { listen } from './listen'

let cleanup: (() => Promise<void>) | null = null
afterEach(async () => {
  await cleanup?.()
  cleanup = null
})

async function start(io?: DiskIO) {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-web-'))
  const renderer = join(root, 'renderer')
  mkdirSync(join(renderer, 'assets'), { recursive: true })
  writeFileSync(join(renderer, 'index.html'), '<html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>')
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'secret')
  const files = join(root, 'files')
  mkdirSync(files)
  const storage: Storage = await openStorage({ dir: join(root, 'data'), io, retry: { firstMs: 50, maxMs: 200 } })
  const chooser = new TestChooser([files])
  const dispatch = createAppDispatch(storage, chooser, { isTrustedSender: (s) => s === WEB_SENDER })
  const server: Server = createWebServer({ dispatch, storage, rendererDir: renderer, bridgeScript: 'window.nianbao = {}', chooser })
  const { base, close } = await listen(server, storage, () => rmSync(root, { recursive: true, force: true }))
  cleanup = close
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(base + path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
  return { base, files, root, post }
}

describe('web bridge server', () => {
  it('serves index.html with the bridge script ahead of the app, and the assets', async () => {
    const { base } = await start()
    const html = await (await fetch(base + '/')).text()
    expect(html.indexOf('/nianbao-bridge.js')).toBeGreaterThan(-1)
    expect(html.indexOf('/nianbao-bridge.js')).toBeLessThan(html.indexOf('./assets/app.js'))
    const res = await fetch(base + '/assets/app.js')
    expect(res.headers.get('content-type')).toContain('javascript')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(await (await fetch(base + '/nianbao-bridge.js')).text()).toBe('window.nianbao = {}')
  })

  it('never serves files outside the renderer folder', async () => {
    const { base } = await start()
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const res = await fetch(base + path)
      expect(await res.text()).not.toBe('secret')
    }
  })

  it('routes POST /api/<channel> to the handlers and answers the IpcResult envelope', async () => {
    const { post } = await start()
    const created = (await (await post('/api/reports:create', JSON.stringify({ agency: '某局', year: 2024 }))).json()) as { ok: boolean }
    expect(created.ok).toBe(true)
    const list = (await (await post('/api/reports:list', '')).json()) as { value: unknown[] }
    expect(list.value).toHaveLength(1)
    expect(await (await post('/api/reports:list', '{not json')).json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(await (await post('/api/nope', '')).json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('refuses calls from another web page (foreign Origin)', async () => {
    const { post } = await start()
    const res = await (await post('/api/reports:create', JSON.stringify({ agency: '某局', year: 2024 }), { origin: 'http://evil.example' })).json()
    expect(res).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })

  it('the test chooser only accepts paths inside the --files folders', async () => {
    const { post, files, root } = await start()
    expect((await post('/__test/next-save', JSON.stringify({ path: join(root, 'secret.txt') }))).status).toBe(400)
    expect((await post('/__test/next-open', JSON.stringify({ path: '/etc/passwd' }))).status).toBe(400)
    expect((await post('/__test/next-open', JSON.stringify({ path: join(files, '..', '..', 'x') }))).status).toBe(400)
    const ok = await post('/__test/next-save', JSON.stringify({ path: join(files, 'out.json') }))
    expect(ok.status).toBe(200)
  })

  it('the test chooser refuses symbolic links that lead out of its folders, and follows those that stay in', async () => {
    const { post, files, root } = await start()
    symlinkSync(join(root, 'secret.txt'), join(files, 'link-out.txt'))
    symlinkSync(root, join(files, 'dir-out'))
    writeFileSync(join(files, 'inside.json'), '{}')
    symlinkSync(join(files, 'inside.json'), join(files, 'link-in.json'))
    expect((await post('/__test/next-open', JSON.stringify({ path: join(files, 'link-out.txt') }))).status).toBe(400)
    expect((await post('/__test/next-save', JSON.stringify({ path: join(files, 'link-out.txt') }))).status).toBe(400)
    expect((await post('/__test/next-open', JSON.stringify({ path: join(files, 'dir-out', 'secret.txt') }))).status).toBe(400)
    expect((await post('/__test/next-save', JSON.stringify({ path: join(files, 'dir-out', 'new.json') }))).status).toBe(400)
    expect((await post('/__test/next-open', JSON.stringify({ path: join(files, 'link-in.json') }))).status).toBe(200)
    expect((await post('/__test/next-save', JSON.stringify({ path: join(files, 'new.json') }))).status).toBe(200)
  })

  it('answers a malformed %-encoded channel name with 400, and logs no stack', async () => {
    const { post } = await start()
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      for (const path of ['/api/reports%3Alist%', '/api/%E0%A4%A', '/api/%zz']) {
        const res = await post(path, '')
        expect(res.status, path).toBe(400)
        expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid-request', message: '请求地址的编码不正确。' } })
      }
      expect(logged).not.toHaveBeenCalled()
    } finally {
      logged.mockRestore()
    }
  })

  it('refuses an oversized body with a typed error', async () => {
    const { post } = await start()
    const res = await post('/api/reports:save', 'x'.repeat(17 * 1024 * 1024))
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  })

  it('pushes storage:status events to the page over server-sent events', async () => {
    let failing = false
    const io: DiskIO = {
      ...nodeDiskIO,
      writeDurable: (path, data) => (failing ? Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })) : nodeDiskIO.writeDurable(path, data))
    }
    const { base, post } = await start(io)
    const report = ((await (await post('/api/reports:create', JSON.stringify({ agency: '某局', year: 2024 }))).json()) as { value: unknown }).value
    const controller = new AbortController()
    const stream = await fetch(base + '/api/events', { signal: controller.signal })
    const reader = stream.body!.getReader()
    failing = true
    await post('/api/reports:save', JSON.stringify({ report }))
    let text = ''
    while (!text.includes('磁盘空间已满')) text += new TextDecoder().decode((await reader.read()).value)
    expect(text).toContain('event: storage:status')
    failing = false
    while (!text.includes('"writeError":null')) text += new TextDecoder().decode((await reader.read()).value)
    controller.abort()
  })
})
