import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppDispatch } from '../../../src/main/ipc'
import { FinalSaves } from '../../../src/main/lifecycle/final-save'
import { openStorage } from '../../../src/main/storage/storage'
import { noFileDialogs } from '../../../src/main/web/chooser'
import { createWebServer, WEB_SENDER } from '../../../src/main/web/server'
import { listen } from './listen'

// The served app stopping (Ctrl+C, SIGTERM) with a page open: as the Electron window does, the
// server asks the page for its last save and waits for the answer before storage closes.

let cleanup: (() => Promise<void>) | null = null
afterEach(async () => {
  await cleanup?.()
  cleanup = null
})

async function start(limitMs = 3000) {
  const root = mkdtempSync(join(tmpdir(), 'nianbao-web-closing-'))
  mkdirSync(join(root, 'renderer'))
  writeFileSync(join(root, 'renderer', 'index.html'), '<html></html>')
  const storage = await openStorage({ dir: join(root, 'data') })
  const finalSaves = new FinalSaves(limitMs)
  const dispatch = createAppDispatch(storage, noFileDialogs, { isTrustedSender: (s) => s === WEB_SENDER }, { closing: finalSaves })
  const server = createWebServer({ dispatch, storage, rendererDir: join(root, 'renderer'), bridgeScript: '' })
  const { base, close, call: callAs } = await listen(server, storage, () => rmSync(root, { recursive: true, force: true }))
  cleanup = close
  const call = (channel: string, payload: unknown) => callAs<{ ok: boolean; value?: any }>(channel, payload)
  return { base, server, storage, finalSaves, call }
}

/** Opens the page's event stream; resolves each app:closing token as it arrives. */
async function openEvents(base: string): Promise<{ nextClosing: () => Promise<string>; close: () => void }> {
  const controller = new AbortController()
  const res = await fetch(`${base}/api/events`, { signal: controller.signal })
  const reader = res.body!.getReader()
  let buffer = ''
  return {
    async nextClosing() {
      for (;;) {
        const m = /event: app:closing\ndata: (.*)\n\n/.exec(buffer)
        if (m) {
          buffer = buffer.slice(m.index + m[0].length)
          return (JSON.parse(m[1]) as { token: string }).token
        }
        const { value, done } = await reader.read()
        if (done) throw new Error('event stream ended')
        buffer += new TextDecoder().decode(value)
      }
    },
    close: () => controller.abort()
  }
}

describe('the served app stopping with a page open', () => {
  it('asks the page for its last save and waits for its answer', async () => {
    const { base, server, finalSaves, call, storage } = await start()
    const report = (await call('reports:create', { agency: '某市司法局', year: 2024 })).value
    const events = await openEvents(base)
    await new Promise((r) => setTimeout(r, 50)) // the stream is registered
    let done = false
    const asking = server.askPagesToSave(finalSaves).then((o) => ((done = true), o))
    const token = await events.nextClosing()
    expect((await call('reports:save', { report: { ...report, agency: '某市司法局（最后的修改）' } })).ok).toBe(true)
    expect(done).toBe(false)
    expect(await call('app:closeReady', { token })).toMatchObject({ ok: true })
    expect(await asking).toEqual(['acknowledged'])
    expect(storage.get(report.id).agency).toBe('某市司法局（最后的修改）')
    events.close()
  })

  it('stops waiting after the limit when a page does not answer, and at once with no page open', async () => {
    const { base, server, finalSaves } = await start(200)
    expect(await server.askPagesToSave(finalSaves)).toEqual([])
    const events = await openEvents(base)
    await new Promise((r) => setTimeout(r, 50))
    expect(await server.askPagesToSave(finalSaves)).toEqual(['timed-out'])
    events.close()
  })
})
