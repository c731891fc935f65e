import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer, type InlineConfig } from 'vite'
import { beforeAll, describe, expect, it } from 'vitest'
import config from '../../electron.vite.config'
import { ensureBuilt, ROOT } from '../support/electron-stand-in'

// npm run dev serves the renderer from Vite's dev server: the page must carry a CSP that lets its
// own scripts run, the React plugin's inline preamble included; the built page keeps the strict one.

const PRODUCTION_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

const cspOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? null
const scriptSrc = (csp: string) => csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === 'script-src')?.slice(1) ?? []
const scriptTags = (html: string) => [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1])

beforeAll(() => ensureBuilt(), 180_000)

describe('the renderer page’s CSP', () => {
  it('in the dev server, allows every script of the page by its nonce, the inline preamble included', async () => {
    const renderer = (config as { renderer: InlineConfig }).renderer
    const server = await createServer({ ...renderer, configFile: false, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', ws: false } })
    try {
      await server.listen()
      const html = await (await fetch(server.resolvedUrls!.local[0])).text()
      const allowed = scriptSrc(cspOf(html)!)
      const tags = scriptTags(html)
      expect(tags.some((attrs) => !/\bsrc=/.test(attrs))).toBe(true) // the inline preamble is there
      for (const attrs of tags) {
        const nonce = /\bnonce="([^"]+)"/.exec(attrs)?.[1]
        expect(nonce, attrs).toBeTruthy()
        expect(allowed, attrs).toContain(`'nonce-${nonce}'`)
      }
      expect(allowed).not.toContain("'unsafe-inline'")
    } finally {
      await server.close()
    }
  }, 60_000)

  it('in the built page, is the production CSP, without nonces', () => {
    const html = readFileSync(join(ROOT, 'out/renderer/index.html'), 'utf8')
    expect(cspOf(html)).toBe(PRODUCTION_CSP)
    expect(html).not.toMatch(/nonce/)
  })
})
