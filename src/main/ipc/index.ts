import { templateFromLastYear } from '../../shared/import/next-year'
import { renderExport } from '../export'
import { isolatedImporter } from '../import/isolated'
import { importerPool } from '../import/worker-pool'
import type { Storage } from '../storage/storage'
import type { FileDialogs, HandlerDeps } from './deps'
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch'

export type { Dispatch } from './dispatch'
export type { FileDialogs, HandlerDeps } from './deps'

/** The dispatcher with the real importer (on a worker thread), exporter and next-year template. */
export function createAppDispatch(storage: Storage, dialogs: FileDialogs, options: DispatchOptions, overrides: Partial<HandlerDeps> = {}): Dispatch {
  return createDispatch({ storage, dialogs, importFile: overrides.importFile ?? isolatedImporter({ keepSpare: true }), importPool: (size) => importerPool({ size }), renderExport, templateFromLastYear, ...overrides }, options)
}
