import { randomBytes } from 'node:crypto'
import type { Plugin } from 'vite'

// npm run dev: the React plugin puts an inline preamble <script> in the page, which the page's CSP
// (script-src 'self') blocks, so nothing renders. In the dev server only, Vite gives every script
// a nonce (html.cspNonce) and the page's CSP allows that nonce; the built page is left unchanged.

const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*?script-src 'self')/

export function devCspNonce(): Plugin {
  const nonce = randomBytes(18).toString('base64')
  return {
    name: 'nianbao:dev-csp-nonce',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!CSP_META.test(html)) throw new Error('index.html: no CSP meta tag with script-src to add the dev nonce to')
        return html.replace(CSP_META, `$1 'nonce-${nonce}'`)
      }
    }
  }
}
