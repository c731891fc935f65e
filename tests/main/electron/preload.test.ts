import { beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS, type IpcEvents, type NianbaoApi } from '../../../src/shared/ipc'
import { BUILT_PRELOAD, ensureBuilt } from '../../support/electron-stand-in'
import { loadPreload } from '../../support/electron-stand-in/preload-vm.mjs'

// The BUILT preload (out/preload/index.cjs) where only require('electron') exists, as in a
// sandboxed renderer: it must load, and expose exactly the contract's API and nothing else.

beforeAll(() => ensureBuilt(), 180_000)

/** Every verb of NianbaoApi: the type makes this list complete (a missing or extra key fails tsc). */
const API: { [K in keyof NianbaoApi]: { [M in keyof NianbaoApi[K]]: true } } = {
  reports: { list: true, get: true, create: true, open: true, save: true, duplicate: true, delete: true, undoDelete: true, snapshots: true, restoreSnapshot: true },
  files: { importPreview: true, importConfirm: true, export: true, openExported: true, exportImage: true, takeOpened: true, onOpened: true },
  settings: { get: true, set: true },
  storage: { status: true, onStatus: true, location: true },
  print: { document: true },
  backup: { save: true, preview: true, restore: true },
  menu: { onCommand: true },
  app: { onClosing: true },
  aggregate: { departments: true, setDepartments: true, fromReports: true, fromFolder: true, save: true, folderYear: true },
  folderCheck: { start: true, progress: true }
}

const EVENTS: { [E in keyof IpcEvents]: true } = { 'storage:status': true, 'menu:command': true, 'app:closing': true, 'files:opened': true }

function load() {
  const invoked: string[] = []
  const preload = loadPreload(BUILT_PRELOAD, {
    invoke: async (channel) => {
      invoked.push(channel)
      return { ok: true, value: null }
    }
  })
  return { ...preload, invoked }
}

describe('the built preload in a sandbox', () => {
  it('exposes window.nianbao only, with exactly the contract’s verbs', () => {
    const { world } = load()
    expect(Object.keys(world)).toEqual(['nianbao'])
    const shape = Object.fromEntries(Object.entries(world.nianbao as Record<string, Record<string, unknown>>).map(([k, v]) => [k, Object.keys(v).sort()]))
    expect(shape).toEqual(Object.fromEntries(Object.entries(API).map(([k, v]) => [k, Object.keys(v).sort()])))
    for (const group of Object.values(world.nianbao as Record<string, Record<string, unknown>>)) for (const fn of Object.values(group)) expect(typeof fn).toBe('function')
  })

  it('reaches every channel of the contract through its verbs and its answer to app:closing, and no other', async () => {
    const { world, invoked, deliver } = load()
    // The answer to app:closing comes after every registered closing handler has finished.
    let finished = false
    ;(world.nianbao as NianbaoApi).app.onClosing(async () => {
      await new Promise((r) => setTimeout(r, 20))
      finished = true
    })
    deliver('app:closing', { token: 't1' })
    await new Promise((r) => setTimeout(r, 5))
    expect(invoked).not.toContain('app:closeReady')
    await expect.poll(() => invoked.includes('app:closeReady')).toBe(true)
    expect(finished).toBe(true)
    const api = world.nianbao as Record<string, Record<string, (...args: unknown[]) => unknown>>
    for (const [group, verbs] of Object.entries(api)) {
      for (const [name, fn] of Object.entries(verbs)) {
        if (name.startsWith('on')) continue
        await fn({})
        expect(invoked.length, `${group}.${name}`).toBeGreaterThan(0)
      }
    }
    expect([...new Set(invoked)].sort()).toEqual([...CHANNELS].sort())
  })

  it('listens to exactly the contract’s events, and to app:closing always (the main process waits for its answer)', () => {
    const { world, listenerChannels } = load()
    const api = world.nianbao as NianbaoApi
    const stops = [api.storage.onStatus(() => {}), api.menu.onCommand(() => {}), api.files.onOpened(() => {})]
    api.app.onClosing(async () => {})
    expect(listenerChannels().sort()).toEqual(Object.keys(EVENTS).sort())
    for (const stop of stops) stop()
    expect(listenerChannels()).toEqual(['app:closing'])
  })
})
