import type { IpcEvents, IpcResult } from '../shared/ipc'
import { buildApi, type Transport } from './build-api'

// window.nianbao in a plain browser (npm run serve:web): the same verbs as the preload, over
// HTTP to the same main-process handlers. Loaded by a <script> the server injects before the app.

// Only the browser has EventSource; declared here so this file also typechecks with the node config.
declare const EventSource: new (url: string) => { addEventListener(type: string, listener: (e: { data: string }) => void): void }

const KEEPALIVE_MAX_BYTES = 60_000
let keepaliveBytes = 0

type Listener = (payload: unknown) => void
const listeners = new Map<keyof IpcEvents, Set<Listener>>()
let source: InstanceType<typeof EventSource> | null = null

function connect(): void {
  if (source) return
  source = new EventSource('/api/events')
  for (const event of ['storage:status', 'menu:command', 'app:closing', 'files:opened'] as const) {
    source.addEventListener(event, (e) => {
      const payload = JSON.parse(e.data) as unknown
      for (const l of listeners.get(event) ?? []) l(payload)
    })
  }
}

const transport: Transport = {
  async invoke(channel, payload) {
    const body = payload === undefined ? '' : JSON.stringify(payload)
    // keepalive lets a save sent as the tab closes still arrive. Browsers refuse it (the fetch
    // fails) past 64 KB of keepalive bodies in flight, so only while within that quota.
    const size = new TextEncoder().encode(body).length
    const keepalive = keepaliveBytes + size <= KEEPALIVE_MAX_BYTES
    if (keepalive) keepaliveBytes += size
    try {
      const res = await fetch(`/api/${encodeURIComponent(channel)}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive })
      return (await res.json()) as IpcResult<unknown>
    } finally {
      if (keepalive) keepaliveBytes -= size
    }
  },
  subscribe(event, listener) {
    connect()
    const set = listeners.get(event) ?? new Set<Listener>()
    listeners.set(event, set)
    set.add(listener as Listener)
    return () => {
      set.delete(listener as Listener)
    }
  }
}

;(globalThis as unknown as { nianbao: unknown }).nianbao = Object.freeze(buildApi(transport))
