import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { extractAll } from '@electron/asar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src/shared/ipc'
import { ensureBuilt, startMain, type StandInApp } from '../support/electron-stand-in'
import { loadPreload } from '../support/electron-stand-in/preload-vm.mjs'
import { packWithStandIn } from '../helpers/stand-in-package'

// The main entry and preload as PACKAGED (app.asar from electron-builder, unpacked to a folder so
// plain Node can read it), started with the recording Electron stand-in: the package holds
// everything the app needs at start, and the packaged app is as locked down as the built one.

let appRoot: string
let app: StandInApp
const dirs: string[] = []

beforeAll(async () => {
  ensureBuilt()
  const packed = packWithStandIn()
  appRoot = mkdtempSync(join(tmpdir(), 'nb-packaged-'))
  dirs.push(appRoot)
  extractAll(packed.asar, appRoot)
  const home = mkdtempSync(join(tmpdir(), 'nb-packaged-home-'))
  dirs.push(home)
  app = await startMain({ entry: join(appRoot, 'out/main/index.js'), home, args: [`--data-dir=${join(home, 'data')}`], isPackaged: true })
  await app.ready()
}, 180_000)

afterAll(() => {
  app?.kill()
  for (const d of dirs) rmSync(d, { recursive: true, force: true })
})

describe.skipIf(process.platform === 'win32')('the packaged main entry under the Electron stand-in', () => {
  it('takes the single-instance lock', async () => {
    expect((await app.state()).log.some((e) => e.what === 'app.requestSingleInstanceLock')).toBe(true)
  })

  it('registers a handler for every channel of the contract and nothing else', async () => {
    expect([...(await app.state()).handlers].sort()).toEqual([...CHANNELS].sort())
  })

  it('opens one sandboxed, isolated window whose preload lies inside the package', async () => {
    const { windows } = await app.state()
    expect(windows).toHaveLength(1)
    const prefs = windows[0].options.webPreferences
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false })
    const preload = resolve(prefs.preload as string)
    expect(relative(appRoot, preload)).toBe(join('out', 'preload', 'index.cjs'))
    expect(existsSync(preload)).toBe(true)
    expect(windows[0].url).toBe(pathToFileURL(join(appRoot, 'out/renderer/index.html')).href)
    expect(windows[0].exposed).toEqual(['nianbao'])
  })

  it('refuses navigation and new windows', async () => {
    expect((await app.emit('webContents', 'will-navigate', 'https://example.com/')).prevented).toBe(true)
    expect(await app.request('windowOpen', { url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('puts its CSP on its own page', async () => {
    const url = pathToFileURL(join(appRoot, 'out/renderer/index.html')).href
    const r = await app.request<{ responseHeaders: Record<string, string[]> }>('headers', { url })
    expect(r.responseHeaders['Content-Security-Policy']?.[0]).toMatch(/default-src 'self'.*object-src 'none'/)
  })

  it('runs the packaged preload where only require("electron") exists, exposing exactly the contract', () => {
    const { world } = loadPreload(join(appRoot, 'out/preload/index.cjs'), { invoke: async () => ({ ok: true, value: null }) })
    expect(Object.keys(world)).toEqual(['nianbao'])
    expect(Object.keys(world.nianbao as object).sort()).toEqual(['aggregate', 'app', 'backup', 'files', 'folderCheck', 'menu', 'print', 'reports', 'settings', 'storage'])
  })
})
