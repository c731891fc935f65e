import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'

// storage:* — the storage health notice (restored backup, failing disk) and where the data is kept.

export function storageHandlers({ storage }: HandlerDeps): HandlerMap<'storage'> {
  return {
    'storage:status': async () => storage.status(),
    'storage:location': async () => ({ dataDir: storage.dir })
  }
}
