import type { Channel, IpcErrorCode, IpcEvents, IpcResult, NianbaoApi, RequestOf, ResponseOf } from '../shared/ipc'
import { workApi } from './work-api'

// window.nianbao, built from the contract over any transport (Electron IPC in the preload, HTTP in
// the web bridge). Each verb is one channel; a typed error rejects with { code, message }.

export interface Transport {
  invoke(channel: Channel, payload: unknown): Promise<IpcResult<unknown>>
  subscribe<E extends keyof IpcEvents>(event: E, listener: (payload: IpcEvents[E]) => void): () => void
}

/** What a rejected call carries: the error code and the Chinese message to show. */
export interface NianbaoError {
  name: 'NianbaoError'
  code: IpcErrorCode
  message: string
}

export type MakeError = (code: IpcErrorCode, message: string) => unknown

/** An Error with a code (the web bridge). Across Electron's contextBridge custom Error fields are
 *  lost, so the preload passes a plain { name, code, message } object instead. */
export const errorWithCode: MakeError = (code, message) => Object.assign(new Error(message), { name: 'NianbaoError', code })

export function buildApi(transport: Transport, makeError: MakeError = errorWithCode): NianbaoApi {
  const closing = new Set<() => Promise<void> | void>()
  function verb<C extends Channel>(channel: C): (request: RequestOf<C>) => Promise<ResponseOf<C>> {
    return async (request) => {
      let result: IpcResult<unknown>
      try {
        result = await transport.invoke(channel, request)
      } catch (e) {
        throw makeError('internal', `无法连接到年报助手的后台：${e instanceof Error ? e.message : String(e)}`)
      }
      if (!result || typeof result !== 'object') throw makeError('internal', '后台的回答格式不正确。')
      if (!result.ok) throw makeError(result.error.code, result.error.message)
      return result.value as ResponseOf<C>
    }
  }
  const call = {
    list: verb('reports:list'),
    get: verb('reports:get'),
    create: verb('reports:create'),
    open: verb('reports:open'),
    save: verb('reports:save'),
    duplicate: verb('reports:duplicate'),
    delete: verb('reports:delete'),
    undoDelete: verb('reports:undoDelete'),
    snapshots: verb('reports:snapshots'),
    restoreSnapshot: verb('reports:restoreSnapshot'),
    importPreview: verb('files:importPreview'),
    importConfirm: verb('files:importConfirm'),
    export: verb('files:export'),
    openExported: verb('files:openExported'),
    exportImage: verb('files:exportImage'),
    takeOpened: verb('files:takeOpened'),
    settingsGet: verb('settings:get'),
    settingsSet: verb('settings:set'),
    status: verb('storage:status'),
    closeReady: verb('app:closeReady'),
    location: verb('storage:location'),
    print: verb('print:document'),
    backupSave: verb('backup:save'),
    backupPreview: verb('backup:preview'),
    backupRestore: verb('backup:restore')
  }
  // Always answered, with or without work registered: the main process waits for the answer.
  transport.subscribe('app:closing', ({ token }) => {
    void Promise.allSettled([...closing].map(async (handler) => handler()))
      .then(() => call.closeReady({ token }))
      .catch(() => undefined)
  })
  return {
    ...workApi(verb),
    reports: {
      list: () => call.list(undefined),
      get: (id) => call.get({ id }),
      create: (input) => call.create(input),
      open: (id) => call.open({ id }),
      save: (report, order) => call.save(order ? { report, order } : { report }),
      duplicate: (id) => call.duplicate({ id }),
      delete: (id) => call.delete({ id }),
      undoDelete: (undoToken) => call.undoDelete({ undoToken }),
      snapshots: (id) => call.snapshots({ id }),
      restoreSnapshot: (id, snapshotId) => call.restoreSnapshot({ id, snapshotId })
    },
    files: {
      importPreview: () => call.importPreview(undefined),
      importConfirm: (input) => call.importConfirm(input),
      export: (input) => call.export(input),
      openExported: (input) => call.openExported(input),
      exportImage: (input) => call.exportImage(input),
      takeOpened: () => call.takeOpened(undefined),
      onOpened: (listener) => transport.subscribe('files:opened', listener)
    },
    settings: {
      get: () => call.settingsGet(undefined),
      set: (settings) => call.settingsSet({ settings })
    },
    storage: {
      status: () => call.status(undefined),
      onStatus: (listener) => transport.subscribe('storage:status', listener),
      location: () => call.location(undefined)
    },
    print: {
      document: (input) => call.print(input)
    },
    backup: {
      save: () => call.backupSave(undefined),
      preview: () => call.backupPreview(undefined),
      restore: (token) => call.backupRestore({ token })
    },
    menu: {
      onCommand: (listener) => transport.subscribe('menu:command', listener)
    },
    app: {
      onClosing(handler) {
        closing.add(handler)
        return () => {
          closing.delete(handler)
        }
      }
    }
  }
}
