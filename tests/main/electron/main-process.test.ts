import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, type IpcEvents } from '../../../src/shared/ipc'
import { openStorage } from '../../../src/main/storage/storage'
import { BUILT_MAIN, ensureBuilt, ROOT, startMain, type StandInApp, type StandInOptions } from '../../support/electron-stand-in'

// The BUILT main process (out/main/index.js), started under Node with the recording Electron
// stand-in: what it registers, the window it opens, what it refuses, its menu and its sender check.

beforeAll(() => ensureBuilt(), 180_000)

const RENDERER_URL = pathToFileURL(join(ROOT, 'out/renderer/index.html')).href
const started: StandInApp[] = []
const dirs: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-stand-in-'))
  dirs.push(dir)
  return dir
}

afterEach(() => {
  for (const app of started.splice(0)) app.kill()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function launch(options: Partial<StandInOptions> = {}): Promise<{ app: StandInApp; dataDir: string }> {
  const home = tempDir()
  const dataDir = join(home, 'data')
  const app = await startMain({ entry: BUILT_MAIN, home, args: [`--data-dir=${dataDir}`], ...options })
  started.push(app)
  await app.ready()
  return { app, dataDir }
}

describe('the built main process under the Electron stand-in', { timeout: 60_000 }, () => {
  it('registers a handler for exactly the contract’s channels', async () => {
    const { app } = await launch()
    const { handlers } = await app.state()
    expect([...handlers].sort()).toEqual([...CHANNELS].sort())
  })

  it('opens one locked-down window on the built page, with the built preload', async () => {
    const { app } = await launch()
    const { windows } = await app.state()
    expect(windows).toHaveLength(1)
    const [win] = windows
    const prefs = win.options.webPreferences
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false, webSecurity: true })
    expect(prefs.nodeIntegrationInSubFrames ?? false).toBe(false)
    expect(resolve(prefs.preload as string)).toBe(join(ROOT, 'out/preload/index.cjs'))
    expect(existsSync(prefs.preload as string)).toBe(true)
    expect(win.options.show).toBe(false)
    expect(win.url).toBe(RENDERER_URL)
    expect(win.exposed).toEqual(['nianbao'])
  })

  it('refuses navigation, new windows, remote requests and permissions', async () => {
    const { app } = await launch()
    for (const url of ['https://example.com/', 'file:///etc/passwd', `${RENDERER_URL}#/elsewhere`.replace('index.html', 'other.html')]) {
      expect((await app.emit('webContents', 'will-navigate', url)).prevented, url).toBe(true)
      expect((await app.emit('webContents', 'will-redirect', url)).prevented, url).toBe(true)
    }
    expect(await app.request('windowOpen', { url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(await app.request('request', { url: 'https://example.com/x.js' })).toMatchObject({ cancel: true })
    expect(await app.request('request', { url: RENDERER_URL })).toMatchObject({ cancel: false })
    expect(await app.request('permission', { permission: 'media' })).toBe(false)
  })

  it('builds the Chinese menu whose commands reach the page, and whose 退出 quits', async () => {
    const { app } = await launch()
    const { menu } = await app.state()
    expect(menu!.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)'])
    const expected = {
      文件: { '新建报告…': 'new', '导入文件…': 'import', '导出为 Word 文档…': 'export-docx', '导出为网页…': 'export-html', '导出交换文件（JSON）…': 'export-json', '设置…': 'settings' },
      编辑: { 撤销: 'undo', 重做: 'redo' }
    } satisfies Record<string, Record<string, IpcEvents['menu:command']['command']>>
    for (const [top, items] of Object.entries(expected)) {
      const topLabel = menu!.find((m) => m.label!.startsWith(top))!.label!
      for (const [label, command] of Object.entries(items)) {
        await app.clickMenu(topLabel, label)
        const sent = (await app.state()).log.filter((e) => e.what === 'webContents.send' && e.args[0] === 'menu:command')
        expect(sent.at(-1)?.args[1], label).toEqual({ command })
      }
    }
    const file = menu!.find((m) => m.label === '文件(&F)')!.submenu!
    expect(file.find((i) => i.label === '退出')).toMatchObject({ accelerator: 'CmdOrCtrl+Q', hasClick: true })
    const view = menu!.find((m) => m.label === '视图(&V)')!.submenu!
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(true)
    await app.clickMenu('文件(&F)', '退出')
    expect((await app.exited).code).toBe(0)
  })

  it('has no developer tools in the packaged app', async () => {
    const { app } = await launch({ isPackaged: true })
    const view = (await app.state()).menu!.find((m) => m.label === '视图(&V)')!.submenu!
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false)
  })

  it('trusts the main frame of its own window even when Chromium spells the file URL differently', async () => {
    // Chromium normalises file URLs (e.g. the drive letter's case on Windows); the frame is the same.
    const first = RENDERER_URL.slice('file:///'.length).split('/')[0]
    const { app } = await launch({ frameUrlReplace: [`^file:///${first}/`, `file:///${first.toUpperCase()}/`] })
    const { windows } = await app.state()
    expect(windows[0].frameUrl).not.toBe(windows[0].url)
    expect(await app.invoke('reports:list', undefined)).toEqual({ ok: true, value: [] })
  })

  it('refuses senders that are not the main frame of its window showing its own page', async () => {
    const { app } = await launch()
    expect(await app.invoke('reports:list', undefined)).toEqual({ ok: true, value: [] })
    for (const from of ['sub-frame', 'foreign-url', 'other-contents', 'no-frame'] as const) {
      const r = await app.invoke<{ ok: boolean; error?: { code: string } }>('reports:list', undefined, from)
      expect(r.ok, from).toBe(false)
      expect(r.error?.code, from).toBe('forbidden-sender')
    }
  })

  it('adds the production CSP to the app’s own files only, so the dev server’s page can run', async () => {
    const { app } = await launch()
    const prod = await app.request<{ responseHeaders: Record<string, string[]> }>('headers', { url: RENDERER_URL })
    expect(prod.responseHeaders['Content-Security-Policy']).toEqual([
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    ])
    app.kill()

    const dev = await launch({ env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } })
    expect((await dev.app.state()).windows[0].url).toBe('http://localhost:5173/')
    const served = await dev.app.request<{ responseHeaders: Record<string, string[]> }>('headers', { url: 'http://localhost:5173/', responseHeaders: { 'Content-Type': ['text/html'] } })
    expect(Object.keys(served.responseHeaders).map((k) => k.toLowerCase())).not.toContain('content-security-policy')
    expect(await dev.app.invoke('reports:list', undefined)).toEqual({ ok: true, value: [] })
  })

  it('maximizes a window that was maximized last time only once its page is ready to show', async () => {
    const home = tempDir()
    const dataDir = join(home, 'data')
    const storage = await openStorage({ dir: dataDir })
    await storage.setWindowState({ x: 10, y: 10, width: 1200, height: 700, maximized: true })
    await storage.close()
    const app = await startMain({ entry: BUILT_MAIN, home, args: [`--data-dir=${dataDir}`] })
    started.push(app)
    const s = await app.until((st) => st.log.some((e) => e.what === 'window.show'), 'the window to show')
    const at = (what: string) => s.log.findIndex((e) => e.what === what)
    expect(at('window.maximize')).toBeGreaterThan(at('window.ready-to-show'))
    expect(s.windows[0].maximized).toBe(true)
  })

  it('tells the user, in the first window, when a second launch asks for another data folder', async () => {
    const { app, dataDir } = await launch()
    const other = join(tempDir(), 'other-data')
    await app.emit('app', 'second-instance', [process.execPath, '.', `--data-dir=${other}`], ROOT, { dataDir: other })
    const shown = (await app.state()).log.filter((e) => e.what === 'dialog.showMessageBox')
    expect(shown).toHaveLength(1)
    const { window, options } = shown[0].args[0] as { window: number; options: { message: string; detail?: string } }
    expect(window).toBe((await app.state()).windows[0].id)
    expect(`${options.message}${options.detail}`).toContain(other)
    expect(`${options.message}${options.detail}`).toMatch(/已在运行|正在使用/)

    // The same folder again only brings the window forward.
    await app.emit('app', 'second-instance', [process.execPath, '.', `--data-dir=${dataDir}`], ROOT, { dataDir })
    expect((await app.state()).log.filter((e) => e.what === 'dialog.showMessageBox')).toHaveLength(1)
  })

  it('keeps its user-data folder where --user-data-dir says (tests never touch the user’s own)', async () => {
    const userData = join(tempDir(), 'user-data')
    const { app } = await launch({ args: [`--user-data-dir=${userData}`] })
    const log = (await app.state()).log
    const set = log.findIndex((e) => e.what === 'app.setPath' && e.args[0] === 'userData' && e.args[1] === userData)
    expect(set).toBeGreaterThanOrEqual(0)
    expect(set).toBeLessThan(log.findIndex((e) => e.what === 'app.requestSingleInstanceLock'))
  })
})
