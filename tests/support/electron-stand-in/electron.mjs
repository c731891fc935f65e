import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadPreload } from './preload-vm.mjs'

// A recording stand-in for Electron's main-process module, for starting a built main entry under
// plain Node. It follows Electron 45's documented order of events (ready; quit: before-quit →
// each window's close → will-quit → quit → exit; closing the last window → window-all-closed) and
// records every call the app makes into `standIn.log`. Each window with a preload gets a simulated
// page: the real preload runs in a vm (preload-vm.mjs), and invokes travel to the real ipcMain
// handlers as messages do (later, not inside the caller's stack). Configured by
// NIANBAO_STAND_IN (JSON, see child.mjs).

const config = JSON.parse(process.env.NIANBAO_STAND_IN ?? '{}')

export const standIn = {
  log: [],
  windows: [],
  handlers: new Map(),
  applicationMenu: null,
  webRequest: { beforeRequest: null, headersReceived: null },
  permissionHandler: null,
  exitCode: null,
  /** Called (by child.mjs) just before the process ends, as Electron's process would. */
  onExit: (code) => process.exit(code)
}

function plain(value, depth = 0) {
  if (value instanceof BrowserWindow) return `[window ${value.id}]`
  if (value instanceof WebContents) return `[webContents ${value.id}]`
  if (typeof value === 'function') return '[function]'
  if (value === null || typeof value !== 'object') return value
  if (depth > 6) return '[deep]'
  if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1))
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, depth + 1)]))
}

function record(what, ...args) {
  standIn.log.push({ what, args: args.map((a) => plain(a)) })
}

function preventable(extra = {}) {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    },
    ...extra
  }
}

/** What Electron's (async) message passing does: the receiver runs in a later task. */
const later = (fn) => setImmediate(fn)

// —— app ——

class App extends EventEmitter {
  ready = false
  quitting = false
  paths = { ...(config.paths ?? {}) }
  commandLine = { appendSwitch: (...a) => record('app.commandLine.appendSwitch', ...a), hasSwitch: () => false, getSwitchValue: () => '' }
  #readyPromise = new Promise((resolve) => {
    later(() => {
      this.ready = true
      this.emit('will-finish-launching')
      this.emit('ready', preventable(), {})
      resolve()
    })
  })

  get isPackaged() {
    return config.isPackaged ?? false
  }
  whenReady() {
    return this.#readyPromise
  }
  isReady() {
    return this.ready
  }
  getPath(name) {
    if (this.paths[name]) return this.paths[name]
    const home = config.home ?? process.cwd()
    return name === 'userData' ? join(home, 'userData') : join(home, name)
  }
  setPath(name, path) {
    record('app.setPath', name, path)
    this.paths[name] = path
  }
  getVersion() {
    return config.version ?? '0.0.0-stand-in'
  }
  getName() {
    return config.name ?? 'stand-in'
  }
  getAppPath() {
    return config.appPath ?? process.cwd()
  }
  getLocale() {
    return 'zh-CN'
  }
  requestSingleInstanceLock(additionalData) {
    record('app.requestSingleInstanceLock', additionalData)
    return config.singleInstanceLock ?? true
  }
  releaseSingleInstanceLock() {
    record('app.releaseSingleInstanceLock')
  }
  setAppUserModelId(id) {
    record('app.setAppUserModelId', id)
  }
  focus() {
    record('app.focus')
  }
  quit() {
    record('app.quit')
    const event = preventable()
    this.emit('before-quit', event)
    if (event.defaultPrevented) return record('app.quit-prevented-by', 'before-quit')
    this.quitting = true
    const open = standIn.windows.filter((w) => !w.destroyed)
    if (open.length === 0) return later(() => willQuit())
    for (const win of open) win.close()
  }
  exit(code = 0) {
    record('app.exit', code)
    finish(code)
  }
  relaunch() {
    record('app.relaunch')
  }
}

export const app = new App()

function willQuit() {
  if (standIn.exitCode !== null) return
  const event = preventable()
  app.emit('will-quit', event)
  if (event.defaultPrevented) {
    app.quitting = false
    return record('app.quit-prevented-by', 'will-quit')
  }
  app.emit('quit', preventable(), 0)
  finish(0)
}

function finish(code) {
  if (standIn.exitCode !== null) return
  standIn.exitCode = code
  record('process.exit', code)
  standIn.onExit(code)
}

function windowClosed() {
  if (standIn.windows.some((w) => !w.destroyed)) return
  if (app.quitting) return willQuit()
  // Electron quits by itself when nobody listens for window-all-closed.
  if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed', preventable())
  else app.quit()
}

// —— windows, their contents and pages ——

let nextId = 1

class WebFrameMain {
  frames = []
  constructor(contents, parent, url = '') {
    this.contents = contents
    this.parent = parent
    this.top = parent ? parent.top : this
    this.url = url
    this.processId = contents.processId
    this.routingId = nextId++
    this.frameTreeNodeId = nextId++
  }
  get origin() {
    try {
      return new URL(this.url).origin
    } catch {
      return 'null'
    }
  }
}

/** The page shown in a window: the real preload in a vm, plus listeners the test's page script adds. */
class Page {
  listeners = { beforeunload: [], pagehide: [] }
  constructor(contents, preloadPath) {
    this.contents = contents
    this.preload = loadPreload(preloadPath, {
      invoke: (channel, ...args) => this.invoke(channel, ...args),
      send: (channel, ...args) => later(() => ipcMain.emit(channel, contents.ipcEvent(), ...args))
    })
  }
  get world() {
    return this.preload.world
  }
  invoke(channel, ...args) {
    const contents = this.contents
    const payload = structuredClone(args)
    record('page.invoke', channel)
    return new Promise((resolve, reject) => {
      later(async () => {
        const handler = standIn.handlers.get(channel)
        if (!handler) return reject(new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`))
        try {
          const value = await handler(contents.ipcEvent(), ...payload)
          // A reply to a page that is gone is dropped, as in Electron.
          if (!contents.destroyed) resolve(structuredClone(value))
          else record('page.reply-dropped', channel)
        } catch (e) {
          if (!contents.destroyed) reject(new Error(`Error invoking remote method '${channel}': ${e}`))
        }
      })
    })
  }
  /** What the page does as it goes: beforeunload, then pagehide (its sends still reach main). */
  unload() {
    for (const type of ['beforeunload', 'pagehide']) for (const fn of this.listeners[type]) fn({ type })
  }
}

class WebContents extends EventEmitter {
  destroyed = false
  url = ''
  page = null
  windowOpenHandler = null
  constructor(win) {
    super()
    this.id = nextId++
    this.processId = nextId++
    this.window = win
    this.mainFrame = new WebFrameMain(this, null)
  }
  get session() {
    return session.defaultSession
  }
  ipcEvent(frame = this.mainFrame) {
    // A message from a page that is gone has no sender frame any more.
    return { type: 'frame', sender: this, senderFrame: this.destroyed ? null : frame, processId: this.processId, frameId: frame.routingId }
  }
  load(url) {
    this.url = url
    const [pattern, replacement] = config.frameUrlReplace ?? []
    this.mainFrame.url = pattern ? url.replace(new RegExp(pattern), replacement) : url
    const preload = this.window.options.webPreferences?.preload
    if (preload) this.page = new Page(this, preload)
    later(() => {
      if (this.destroyed) return
      this.emit('did-finish-load')
      record('window.ready-to-show', this.window.id)
      this.window.emit('ready-to-show')
    })
  }
  send(channel, ...args) {
    if (this.destroyed) throw new Error('Object has been destroyed')
    record('webContents.send', channel, ...args)
    const page = this.page
    if (page) later(() => !this.destroyed && page.preload.deliver(channel, ...args))
  }
  getURL() {
    return this.url
  }
  isDestroyed() {
    return this.destroyed
  }
  isLoading() {
    return false
  }
  isCrashed() {
    return false
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
  openDevTools() {
    record('webContents.openDevTools')
  }
  toggleDevTools() {
    record('webContents.toggleDevTools')
  }
  focus() {}
  reload() {
    record('webContents.reload')
  }
  executeJavaScript() {
    return Promise.reject(new Error('executeJavaScript is not part of the stand-in'))
  }
  /** The system print dialog: recorded with the page it prints; answered as config.printAnswer says (default: printed). */
  print(options, callback) {
    record('webContents.print', this.window.id, options, this.url)
    const [success, failureReason] = config.printAnswer ?? [true, '']
    later(() => callback?.(success, failureReason))
  }
}

export class BrowserWindow extends EventEmitter {
  destroyed = false
  visible = false
  maximized = false
  minimized = false
  focused = false

  static getAllWindows() {
    return standIn.windows.filter((w) => !w.destroyed)
  }
  static getFocusedWindow() {
    return standIn.windows.find((w) => !w.destroyed && w.focused) ?? null
  }
  static fromWebContents(contents) {
    return standIn.windows.find((w) => w.webContents === contents) ?? null
  }

  constructor(options = {}) {
    super()
    this.id = nextId++
    this.options = options
    this.bounds = { x: options.x ?? 80, y: options.y ?? 60, width: options.width ?? 800, height: options.height ?? 600 }
    this.webContents = new WebContents(this)
    standIn.windows.push(this)
    record('BrowserWindow.new', this.id, options)
    app.emit('web-contents-created', preventable(), this.webContents)
    app.emit('browser-window-created', preventable(), this)
    if (options.show !== false) this.show()
  }
  loadURL(url) {
    record('window.loadURL', url)
    this.webContents.load(url)
    return Promise.resolve()
  }
  loadFile(path) {
    return this.loadURL(pathToFileURL(path).href)
  }
  show() {
    record('window.show')
    this.visible = true
    this.focused = true
    this.emit('show')
  }
  hide() {
    record('window.hide')
    this.visible = false
  }
  focus() {
    record('window.focus')
    this.focused = true
  }
  isVisible() {
    return this.visible
  }
  isFocused() {
    return this.focused
  }
  maximize() {
    // On Windows, maximizing a hidden window shows it (empty and unfocused before its page is ready).
    record('window.maximize', { visible: this.visible })
    this.maximized = true
    this.emit('maximize')
  }
  unmaximize() {
    record('window.unmaximize')
    this.maximized = false
    this.emit('unmaximize')
  }
  isMaximized() {
    return this.maximized
  }
  minimize() {
    record('window.minimize')
    this.minimized = true
  }
  isMinimized() {
    return this.minimized
  }
  restore() {
    record('window.restore')
    this.minimized = false
  }
  isDestroyed() {
    return this.destroyed
  }
  getBounds() {
    return { ...this.bounds }
  }
  getNormalBounds() {
    return { ...this.bounds }
  }
  setBounds(bounds) {
    this.bounds = { ...this.bounds, ...bounds }
  }
  setTitle(title) {
    record('window.setTitle', title)
  }
  setMenu(menu) {
    record('window.setMenu', menu?.template ?? null)
  }
  removeMenu() {
    record('window.removeMenu')
  }
  /** As the close button: 'close' (which may be prevented, cancelling a quit), the page unloads, 'closed'. */
  close() {
    record('window.close', this.id)
    later(() => {
      if (this.destroyed) return
      const event = preventable()
      this.emit('close', event)
      if (event.defaultPrevented) {
        record('window.close-prevented', this.id)
        // Electron: a window that refuses to close cancels the quit in progress.
        if (app.quitting) {
          app.quitting = false
          record('app.quit-cancelled')
        }
        return
      }
      this.webContents.page?.unload()
      later(() => this.destroy())
    })
  }
  destroy() {
    if (this.destroyed) return
    this.destroyed = true
    this.webContents.destroyed = true
    record('window.closed', this.id)
    this.emit('closed')
    this.webContents.emit('destroyed')
    windowClosed()
  }
}

// —— ipc, menus, dialogs, session, screen, shell ——

class IpcMain extends EventEmitter {
  handle(channel, handler) {
    if (standIn.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    record('ipcMain.handle', channel)
    standIn.handlers.set(channel, handler)
  }
  handleOnce(channel, handler) {
    this.handle(channel, async (...args) => {
      standIn.handlers.delete(channel)
      return handler(...args)
    })
  }
  removeHandler(channel) {
    record('ipcMain.removeHandler', channel)
    standIn.handlers.delete(channel)
  }
}

export const ipcMain = new IpcMain()

export class Menu {
  constructor(template = []) {
    this.template = template
  }
  static buildFromTemplate(template) {
    return new Menu(template)
  }
  static setApplicationMenu(menu) {
    record('Menu.setApplicationMenu')
    standIn.applicationMenu = menu
  }
  static getApplicationMenu() {
    return standIn.applicationMenu
  }
  popup() {
    record('menu.popup')
  }
}

function dialogArgs(args) {
  return args[0] instanceof BrowserWindow ? { window: args[0].id, options: args[1] } : { window: null, options: args[0] }
}

const answers = config.dialogAnswers ?? {}

export const dialog = {
  showMessageBox(...args) {
    record('dialog.showMessageBox', dialogArgs(args))
    return Promise.resolve({ response: answers.messageBox ?? 0, checkboxChecked: false })
  },
  showMessageBoxSync(...args) {
    record('dialog.showMessageBoxSync', dialogArgs(args))
    return answers.messageBoxSync ?? 0
  },
  showErrorBox(title, content) {
    record('dialog.showErrorBox', title, content)
  },
  showOpenDialog(...args) {
    record('dialog.showOpenDialog', dialogArgs(args))
    return Promise.resolve({ canceled: true, filePaths: [] })
  },
  showSaveDialog(...args) {
    record('dialog.showSaveDialog', dialogArgs(args))
    return Promise.resolve({ canceled: true, filePath: '' })
  }
}

const listenerOf = (args) => args.find((a) => typeof a === 'function') ?? null

export const session = {
  defaultSession: {
    webRequest: {
      onBeforeRequest: (...args) => void (standIn.webRequest.beforeRequest = listenerOf(args)),
      onHeadersReceived: (...args) => void (standIn.webRequest.headersReceived = listenerOf(args))
    },
    setPermissionRequestHandler: (handler) => void (standIn.permissionHandler = handler),
    setPermissionCheckHandler: (handler) => void (standIn.permissionCheckHandler = handler),
    setSpellCheckerEnabled: (on) => record('session.setSpellCheckerEnabled', on)
  }
}

const DISPLAY = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 }

export const screen = {
  getAllDisplays: () => [structuredClone(DISPLAY)],
  getPrimaryDisplay: () => structuredClone(DISPLAY),
  getDisplayMatching: () => structuredClone(DISPLAY)
}

export const shell = {
  openPath: async (path) => (record('shell.openPath', path), ''),
  openExternal: async (url) => void record('shell.openExternal', url),
  showItemInFolder: (path) => record('shell.showItemInFolder', path)
}

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false, themeSource: 'system' })
export const powerMonitor = new EventEmitter()

export default { app, BrowserWindow, ipcMain, Menu, dialog, session, screen, shell, nativeTheme, powerMonitor }
