import { readFileSync } from 'node:fs'
import vm from 'node:vm'

// Runs a built (CommonJS, bundled) preload the way a sandboxed Electron preload runs: no Node,
// no other module, only `require('electron')` giving contextBridge and ipcRenderer, plus the few
// browser globals every page has. What it exposes lands in `world`, as on the page's window.

/**
 * @param {string} path the built preload file
 * @param {{ invoke(channel: string, ...args: unknown[]): Promise<unknown>, send?(channel: string, ...args: unknown[]): void }} ipc
 */
export function loadPreload(path, ipc) {
  const world = {}
  const listeners = new Map()
  const ipcRenderer = {
    invoke: (channel, ...args) => ipc.invoke(channel, ...args),
    send: (channel, ...args) => ipc.send?.(channel, ...args),
    on(channel, listener) {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel).add(listener)
      return ipcRenderer
    },
    removeListener(channel, listener) {
      listeners.get(channel)?.delete(listener)
      return ipcRenderer
    },
    off: (channel, listener) => ipcRenderer.removeListener(channel, listener),
    removeAllListeners(channel) {
      listeners.delete(channel)
      return ipcRenderer
    }
  }
  const contextBridge = {
    exposeInMainWorld(key, api) {
      if (key in world) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`)
      world[key] = api
    }
  }
  const electron = Object.freeze({ contextBridge, ipcRenderer })
  const require = (name) => {
    if (name === 'electron') return electron
    throw new Error(`require('${name}') is not available in a sandboxed preload`)
  }
  const context = vm.createContext({ require, console, setTimeout, clearTimeout, queueMicrotask })
  vm.runInContext(readFileSync(path, 'utf8'), context, { filename: path })
  return {
    world,
    /** Delivers an event the main process sent (webContents.send) to the preload's listeners. */
    deliver(channel, ...args) {
      const event = { sender: ipcRenderer }
      for (const listener of [...(listeners.get(channel) ?? [])]) listener(event, ...args)
    },
    listenerChannels: () => [...listeners].filter(([, set]) => set.size > 0).map(([channel]) => channel)
  }
}
