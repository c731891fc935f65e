import { parentPort } from 'node:worker_threads'
import { ImportError } from '../../shared/import/types'
import { importFile, type ImportOptions } from './index'

// The import worker's entry: the same importFile, run on its own thread so a file that takes too
// long or too much memory is stopped (see isolated.ts) while the app's main thread stays free.
// It may start ahead of need (a spare, loaded and waiting). It reads a file per message: the
// one-shot importer sends one; the worker pool (worker-pool.ts) sends the next after each answer.

export interface WorkerInput {
  bytes: Uint8Array
  fileName: string
  opts: ImportOptions
}

export type WorkerOutput =
  | { ok: true; result: Awaited<ReturnType<typeof importFile>> }
  | { ok: false; importError: boolean; message: string }

parentPort!.on('message', ({ bytes, fileName, opts }: WorkerInput) =>
  importFile(bytes, fileName, opts).then(
    (result) => parentPort!.postMessage({ ok: true, result } satisfies WorkerOutput),
    (e: unknown) =>
      parentPort!.postMessage({
        ok: false,
        importError: e instanceof ImportError,
        message: e instanceof Error ? e.message : String(e)
      } satisfies WorkerOutput)
  )
)
