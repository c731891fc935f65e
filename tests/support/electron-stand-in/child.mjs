import { writeFileSync } from 'node:fs'
import Module from 'node:module'
import { pathToFileURL } from 'node:url'
import * as electron from './electron.mjs'

// The process a test starts: `node --import register.mjs child.mjs` with NIANBAO_STAND_IN =
// { entry, argv?, … }. It loads the main entry (any path: the built out/main/index.js or the one
// inside a packaged app) against the stand-in, then answers the test's commands over the IPC
// channel: look at what the app registered, emit events as Electron would, act as the page.

const config = JSON.parse(process.env.NIANBAO_STAND_IN ?? '{}')
const { app, standIn } = electron

// The loader hook covers `import`; a CommonJS main entry's require('electron') gets the same module.
const load = Module._load
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest)
}

function plainMenu(items) {
  return (items ?? []).map((item) => ({
    label: item.label ?? null,
    type: item.type ?? null,
    role: item.role ?? null,
    accelerator: item.accelerator ?? null,
    hasClick: typeof item.click === 'function',
    submenu: Array.isArray(item.submenu) ? plainMenu(item.submenu) : null
  }))
}

function windowState(win) {
  const { webPreferences, ...rest } = win.options
  return {
    id: win.id,
    options: { ...rest, webPreferences: { ...webPreferences } },
    url: win.webContents.url,
    frameUrl: win.webContents.mainFrame.url,
    destroyed: win.destroyed,
    visible: win.visible,
    maximized: win.maximized,
    exposed: win.webContents.page ? Object.keys(win.webContents.page.world) : null,
    pageListens: win.webContents.page ? win.webContents.page.preload.listenerChannels() : null
  }
}

function state() {
  return {
    handlers: [...standIn.handlers.keys()],
    windows: standIn.windows.map(windowState),
    menu: standIn.applicationMenu ? plainMenu(standIn.applicationMenu.template) : null,
    log: standIn.log,
    quitting: app.quitting,
    exitCode: standIn.exitCode
  }
}

function firstWindow() {
  const win = standIn.windows.find((w) => !w.destroyed) ?? standIn.windows[0]
  if (!win) throw new Error('the app has opened no window')
  return win
}

function preventableEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor

const commands = {
  state,
  /** Runs `source` as the page would: `nianbao` (what the preload exposed) and `page.on(type, fn)`. */
  async page({ source }) {
    const page = firstWindow().webContents.page
    if (!page) throw new Error('the window has no page with a preload')
    const api = { on: (type, fn) => page.listeners[type].push(fn) }
    return await new AsyncFunction('nianbao', 'page', 'world', source)(page.world.nianbao, api, page.world)
  },
  /** An invoke straight to the main process's handler, from a chosen sender. */
  async invoke({ channel, payload, from = 'main-frame' }) {
    const handler = standIn.handlers.get(channel)
    if (!handler) throw new Error(`no handler for ${channel}`)
    const contents = firstWindow().webContents
    const event = contents.ipcEvent()
    if (from === 'sub-frame') {
      const child = { ...contents.mainFrame, parent: contents.mainFrame, top: contents.mainFrame, routingId: -1, frameTreeNodeId: -1 }
      event.senderFrame = child
    } else if (from === 'foreign-url') {
      event.senderFrame = Object.assign(Object.create(Object.getPrototypeOf(contents.mainFrame)), contents.mainFrame, { url: 'https://example.com/' })
    } else if (from === 'other-contents') {
      event.sender = { id: -1, mainFrame: contents.mainFrame }
    } else if (from === 'no-frame') {
      event.senderFrame = null
    }
    return structuredClone(await handler(event, payload))
  },
  /** Emits an event on app / window / webContents with a preventable event first. */
  emit({ target, event, args = [] }) {
    const emitter = target === 'app' ? app : target === 'window' ? firstWindow() : firstWindow().webContents
    const e = preventableEvent()
    emitter.emit(event, e, ...args)
    return { prevented: e.defaultPrevented }
  },
  windowOpen({ url }) {
    const handler = firstWindow().webContents.windowOpenHandler
    return handler ? handler({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } }) : null
  },
  headers({ url, resourceType = 'mainFrame', responseHeaders = {} }) {
    const listener = standIn.webRequest.headersReceived
    if (!listener) return { listener: false, responseHeaders }
    return new Promise((resolve) => listener({ url, resourceType, responseHeaders, statusCode: 200 }, (r) => resolve({ listener: true, ...r })))
  },
  request({ url, resourceType = 'mainFrame' }) {
    const listener = standIn.webRequest.beforeRequest
    if (!listener) return { listener: false, cancel: false }
    return new Promise((resolve) => listener({ url, resourceType, method: 'GET' }, (r) => resolve({ listener: true, cancel: !!r?.cancel })))
  },
  permission({ permission }) {
    const handler = standIn.permissionHandler
    if (!handler) return null
    return new Promise((resolve) => handler(firstWindow().webContents, permission, resolve, {}))
  },
  clickMenu({ path }) {
    let items = standIn.applicationMenu?.template ?? []
    let item = null
    for (const label of path) {
      item = items.find((i) => i.label === label)
      if (!item) throw new Error(`no menu item “${label}” in ${path.join(' › ')}`)
      items = item.submenu ?? []
    }
    item.click(item, firstWindow(), { triggeredByAccelerator: false })
    return true
  },
  quit() {
    app.quit()
    return true
  },
  close() {
    firstWindow().close()
    return true
  }
}

standIn.onExit = (code) => {
  if (config.finalStatePath) writeFileSync(config.finalStatePath, JSON.stringify(state()))
  process.exit(code)
}

process.on('message', async ({ id, command, args }) => {
  try {
    const value = await commands[command](args ?? {})
    process.send({ id, ok: true, value: value === undefined ? null : value })
  } catch (e) {
    process.send({ id, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) })
  }
})

process.argv = config.argv ?? [process.execPath, config.entry]
if (config.resourcesPath) process.resourcesPath = config.resourcesPath
await import(pathToFileURL(config.entry).href)
process.send({ id: 0, ok: true, value: 'loaded' })
