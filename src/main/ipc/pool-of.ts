import { defaultConcurrency } from '../import/pool'
import type { ImporterPool } from '../import/worker-pool'
import type { HandlerDeps } from './deps'

/** Import workers for a folder's files: the app's pool, or the single-file importer (tests). */
export function poolOf(deps: HandlerDeps): ImporterPool {
  return deps.importPool?.(defaultConcurrency()) ?? { importer: deps.importFile, close: async () => {} }
}
