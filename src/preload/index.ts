import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { IpcEvents } from '../shared/ipc'
import { buildApi, type Transport } from './build-api'

// Exposes window.nianbao: named verbs over the channels of src/shared/ipc.ts, never ipcRenderer.

const EVENTS = new Set<keyof IpcEvents>(['storage:status', 'menu:command', 'app:closing', 'files:opened'])

const transport: Transport = {
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(event, listener) {
    if (!EVENTS.has(event)) throw new Error(`未知的事件“${String(event)}”`)
    const handler = (_e: IpcRendererEvent, payload: IpcEvents[typeof event]) => listener(payload)
    ipcRenderer.on(event, handler)
    return () => {
      ipcRenderer.removeListener(event, handler)
    }
  }
}

// contextBridge rebuilds a rejected Error from its message alone, dropping `code`; a plain object
// keeps every field. Its toString gives the message, so String(error) still reads well.
contextBridge.exposeInMainWorld(
  'nianbao',
  buildApi(transport, (code, message) => ({ name: 'NianbaoError', code, message, toString: () => message }))
)
