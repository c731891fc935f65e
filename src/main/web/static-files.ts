import { promises as fs } from 'node:fs'
import { extname, resolve, sep } from 'node:path'

// The built renderer's files, and index.html with the bridge script put in front of the app.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8'
}

export const BRIDGE_PATH = '/nianbao-bridge.js'

export function injectBridge(html: string): string {
  const tag = `<script src="${BRIDGE_PATH}"></script>`
  // A classic script in <head> runs before the app's deferred module scripts.
  return html.includes('<script') ? html.replace('<script', `${tag}\n    <script`) : html.replace('</head>', `  ${tag}\n  </head>`)
}

export interface StaticFile {
  body: Buffer | string
  type: string
}

/** A file of the renderer folder, or null (missing, or a path escaping the folder). */
export async function readStatic(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  const root = resolve(rootDir)
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded
  const full = resolve(root, `.${wanted}`)
  if (full !== root && !full.startsWith(root + sep)) return null
  try {
    const body = await fs.readFile(full)
    if (full === resolve(root, 'index.html')) return { body: injectBridge(body.toString('utf8')), type: TYPES['.html'] }
    return { body, type: TYPES[extname(full)] ?? 'application/octet-stream' }
  } catch {
    // A client-side route (no extension): answer with the app itself.
    if (!extname(wanted)) return readStatic(rootDir, '/index.html')
    return null
  }
}
