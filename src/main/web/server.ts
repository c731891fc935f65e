import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { StorageStatus } from '../../shared/ipc'
import type { Dispatch } from '../ipc/dispatch'
import type { OpenedFiles } from '../ipc/opened-files'
import { failure } from '../ipc/result'
import type { FinalSaveOutcome, FinalSaves } from '../lifecycle/final-save'
import { PathNotAllowedError, type TestChooser } from './chooser'
import type { RecordingShell } from './recording-shell'
import { PRINT_PATH, type PrintablePages } from './printables'
import { BRIDGE_PATH, readStatic } from './static-files'

// The same app in a browser: the built renderer, plus POST /api/<channel> routed to the same
// dispatcher the Electron IPC uses, and storage events over server-sent events. Transport only.

export const WEB_SENDER = Object.freeze({ via: 'web-bridge' })

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
const MAX_BODY_BYTES = 16 * 1024 * 1024

export interface WebServerOptions {
  dispatch: Dispatch
  storage: { onStatus(listener: (s: StorageStatus) => void): () => void }
  rendererDir: string
  bridgeScript: string
  /** Printable documents (打印) served at /print/<token>, to be opened in a tab of their own. */
  printables?: PrintablePages
  /** Present only in test mode (--files): enables POST /__test/next-open, /__test/next-save, /__test/next-folder and /__test/open-file. */
  chooser?: TestChooser
  /** Test mode: what the page asked to open, read by GET /__test/shell. */
  shell?: RecordingShell
  /** Files "the system" asks to open; in test mode POST /__test/open-file adds one, as a double-click would. */
  openedFiles?: OpenedFiles
}

export type WebServer = Server & {
  /** As the Electron window does before closing: asks every open page (app:closing over its event
   *  stream) to save its last edit, and waits for each answer (app:closeReady), briefly. */
  askPagesToSave(finalSaves: FinalSaves): Promise<FinalSaveOutcome[]>
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' })
  res.end(body)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8')
}

function decodeChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded)
  } catch {
    return null
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    // Past the limit the rest is read and dropped, so the client gets its 413, not a reset.
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size <= MAX_BODY_BYTES) chunks.push(c)
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** Only this page may call: right Host (no DNS rebinding) and, when sent, the same Origin. */
function isOwnPage(req: IncomingMessage, port: number): boolean {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  const host = req.headers.host ?? ''
  if (!hosts.includes(host)) return false
  const origin = req.headers.origin
  return origin === undefined || origin === `http://${host}`
}

export function createWebServer(options: WebServerOptions): WebServer {
  /** The event streams of the open pages. */
  const pages = new Set<ServerResponse>()
  const server = Object.assign(
    createServer((req, res) => {
      handle(req, res).catch((e) => {
        console.error('[nianbao web]', e)
        if (!res.headersSent) sendJson(res, 500, failure('internal', '服务器内部出错。'))
      })
    }),
    {
      askPagesToSave: (finalSaves: FinalSaves) =>
        Promise.all(
          [...pages].map((res) =>
            finalSaves.request((token) => {
              if (res.writableEnded || res.destroyed) throw new Error('page gone')
              res.write(`event: app:closing\ndata: ${JSON.stringify({ token })}\n\n`)
            })
          )
        )
    }
  )

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const port = (server.address() as { port: number }).port
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname

    if (path === '/api/events' && req.method === 'GET') return events(req, res, port)
    if (path.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, failure('invalid-request', '请求方式不正确。'))
      const channel = decodeChannel(path.slice('/api/'.length))
      // A malformed %-sequence is the caller's mistake: 400, not a 500 with a stack in the log.
      if (channel === null) return sendJson(res, 400, failure('invalid-request', '请求地址的编码不正确。'))
      const body = await readBody(req)
      if (body === null) return sendJson(res, 413, failure('invalid-request', '请求内容过大，已拒绝。'))
      let payload: unknown
      try {
        payload = body.trim() === '' ? undefined : JSON.parse(body)
      } catch {
        return sendJson(res, 400, failure('invalid-request', '请求内容不是有效的 JSON。'))
      }
      const sender = isOwnPage(req, port) ? WEB_SENDER : { via: 'foreign', origin: req.headers.origin }
      return sendJson(res, 200, await options.dispatch(channel, payload, sender))
    }
    if (path.startsWith('/__test/')) return testEndpoint(req, res, path, port)
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed', 'text/plain')
    if (path === BRIDGE_PATH) return send(res, 200, options.bridgeScript, 'text/javascript; charset=utf-8')
    if (path.startsWith(PRINT_PATH)) return printable(res, path)
    const file = await readStatic(options.rendererDir, path)
    if (!file) return send(res, 404, 'Not Found', 'text/plain; charset=utf-8')
    send(res, 200, file.body, file.type)
  }

  /** The exported web page, as it is: no scripts at all, its own inline styles only. */
  function printable(res: ServerResponse, path: string): void {
    const html = options.printables?.get(path)
    if (html === undefined) return send(res, 404, '打印页面已过期，请在年报助手中再次点击“打印”。', 'text/plain; charset=utf-8')
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store'
    })
    res.end(html)
  }

  function events(req: IncomingMessage, res: ServerResponse, port: number): void {
    if (!isOwnPage(req, port)) return sendJson(res, 403, failure('forbidden-sender', '请求不是来自年报助手自己的页面，已拒绝。'))
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
    res.write(': connected\n\n')
    const unsubscribe = options.storage.onStatus((status) => res.write(`event: storage:status\ndata: ${JSON.stringify(status)}\n\n`))
    const unsubscribeOpened = options.openedFiles?.onAdded((fileName) => res.write(`event: files:opened\ndata: ${JSON.stringify({ fileName })}\n\n`))
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000)
    pages.add(res)
    req.on('close', () => {
      pages.delete(res)
      clearInterval(keepAlive)
      unsubscribe()
      unsubscribeOpened?.()
    })
  }

  async function testEndpoint(req: IncomingMessage, res: ServerResponse, path: string, port: number): Promise<void> {
    const chooser = options.chooser
    if (path === '/__test/shell' && req.method === 'GET' && chooser && options.shell) {
      if (!isOwnPage(req, port)) return sendJson(res, 403, { ok: false, error: 'forbidden' })
      return sendJson(res, 200, { ok: true, requests: options.shell.requests })
    }
    if (!chooser || req.method !== 'POST') return send(res, 404, 'Not Found', 'text/plain')
    if (!isOwnPage(req, port)) return sendJson(res, 403, { ok: false, error: 'forbidden' })
    const body = await readBody(req)
    let target: unknown
    try {
      target = (JSON.parse(body ?? '') as { path?: unknown }).path
    } catch {
      return sendJson(res, 400, { ok: false, error: '请求内容不是有效的 JSON。' })
    }
    try {
      if (path === '/__test/next-open') return sendJson(res, 200, { ok: true, path: chooser.setNextOpen(target) })
      if (path === '/__test/next-save') return sendJson(res, 200, { ok: true, path: chooser.setNextSave(target) })
      if (path === '/__test/next-folder') return sendJson(res, 200, { ok: true, path: chooser.setNextFolder(target) })
      if (path === '/__test/open-file' && options.openedFiles) {
        const file = chooser.allowedPath(target)
        options.openedFiles.add(file)
        return sendJson(res, 200, { ok: true, path: file })
      }
    } catch (e) {
      if (e instanceof PathNotAllowedError) return sendJson(res, 400, { ok: false, error: e.message })
      throw e
    }
    send(res, 404, 'Not Found', 'text/plain')
  }

  return server
}
