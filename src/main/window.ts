import { BrowserWindow, screen, session, type WebFrameMain } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { WindowState } from './schema/settings'

// The one app window, locked down: isolated sandboxed preload, no Node in the page, no
// navigation, no new windows, no remote content, a CSP header; its size and place remembered.

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

/** The page the window may show: the built renderer, or the dev server in development. */
export function appUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(join(__dirname, '../renderer/index.html')).href
}

/**
 * Whether a URL is of the app's own kind: a file: URL for the built app (how Chromium spells the
 * path may differ from Node's, so no path is compared), the dev server's origin in development.
 */
export function isAppOrigin(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const own = new URL(appUrl())
  return own.protocol === 'file:' ? parsed.protocol === 'file:' : parsed.origin === own.origin
}

/** The same frame: the same object, or the same render frame (process and routing id). */
function sameFrame(a: WebFrameMain, b: WebFrameMain): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId)
}

/** Whether an IPC message comes from the main frame of this window, showing the app's own page. */
export function isFromWindow(event: { sender?: unknown; senderFrame?: WebFrameMain | null } | null | undefined, win: BrowserWindow | null): boolean {
  if (!win || win.isDestroyed() || !event || event.sender !== win.webContents) return false
  const frame = event.senderFrame
  return !!frame && sameFrame(frame, win.webContents.mainFrame) && isAppOrigin(frame.url)
}

/**
 * Blocks every request that is not the app's own files, and gives the app's own (built) files the
 * CSP header. The dev server's responses get none: its page carries its own (see the Vite config),
 * which lets through the inline preamble of the React plugin.
 */
export function hardenSession(): void {
  const s = session.defaultSession
  const devOrigin = process.env.ELECTRON_RENDERER_URL ? new URL(process.env.ELECTRON_RENDERER_URL).origin : null
  s.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url
    const allowed = url.startsWith('file://') || url.startsWith('devtools://') || url.startsWith('data:') || (devOrigin !== null && url.startsWith(devOrigin)) || (devOrigin !== null && url.startsWith('ws://'))
    callback({ cancel: !allowed })
  })
  s.webRequest.onHeadersReceived((details, callback) => {
    if (!details.url.startsWith('file:')) return callback({ responseHeaders: details.responseHeaders })
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
}

function visibleOnSomeDisplay(state: WindowState): boolean {
  if (state.x === undefined || state.y === undefined) return false
  return screen.getAllDisplays().some(({ workArea: a }) => state.x! < a.x + a.width - 50 && state.x! + state.width > a.x + 50 && state.y! >= a.y - 10 && state.y! < a.y + a.height - 50)
}

export function createMainWindow(saved: WindowState | null, onStateChange: (state: WindowState) => void): BrowserWindow {
  const bounds = saved && visibleOnSomeDisplay(saved) ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height } : { width: saved?.width ?? 1366, height: saved?.height ?? 768 }
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: '年报助手',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false
    }
  })
  // Maximizing a hidden window shows it at once (empty, unfocused): maximize only as it shows.
  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize()
    win.show()
  })

  // The app is one page: it never navigates (a reload is not a navigation).
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  win.webContents.on('will-redirect', (event) => event.preventDefault())
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())

  let timer: NodeJS.Timeout | null = null
  const remember = () => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      if (win.isDestroyed()) return
      const b = win.getNormalBounds()
      onStateChange({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() })
    }, 500)
  }
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', remember)
  win.on('close', () => {
    if (timer) clearTimeout(timer)
    const b = win.getNormalBounds()
    onStateChange({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() })
  })

  void win.loadURL(appUrl())
  return win
}
