import { Worker } from 'node:worker_threads'
import { ImportError, type ImportResult } from '../../shared/import/types'
import type { ImportOptions } from './index'
import { IMPORT_MEMORY_MB, IMPORT_TIMEOUT_MS, isolationErrors, type Importer, type IsolationLimits } from './isolated'
import type { WorkerInput, WorkerOutput } from './worker'
import { sourceWorkerUrl } from './worker-source'

// Many files (汇总, 检查文件夹) on a few import workers that each read one file after another:
// a worker's start and its readers' loading are paid once, not per file. The limits stay per
// file: a file that runs past the time limit or the memory limit ends its worker (the next file
// gets a fresh one) and only that file fails. A worker is also retired after a number of files,
// so what one file left in memory cannot build up.

export interface PoolLimits extends IsolationLimits {
  /** Workers at most (files read at once). */
  size: number
  filesPerWorker?: number
}

export interface ImporterPool {
  importer: Importer
  /** Ends the idle workers (busy ones end after their file). */
  close(): Promise<void>
}

const FILES_PER_WORKER = 40

export function importerPool(limits: PoolLimits): ImporterPool {
  const timeoutMs = limits.timeoutMs ?? IMPORT_TIMEOUT_MS
  const memoryMb = limits.memoryMb ?? IMPORT_MEMORY_MB
  const perWorker = limits.filesPerWorker ?? FILES_PER_WORKER
  const idle: { worker: Worker; used: number }[] = []
  const waiting: (() => void)[] = []
  let live = 0
  let closed = false

  const start = async (): Promise<Worker> => {
    const worker = new Worker(limits.worker ?? (await sourceWorkerUrl()), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 }
    })
    worker.unref()
    worker.on('error', () => {})
    return worker
  }

  const take = async (): Promise<{ worker: Worker; used: number }> => {
    for (;;) {
      const ready = idle.pop()
      if (ready) return ready
      if (live < limits.size) {
        live++
        try {
          return { worker: await start(), used: 0 }
        } catch (e) {
          live--
          throw e
        }
      }
      await new Promise<void>((resolve) => waiting.push(resolve))
    }
  }

  const retire = (worker: Worker) => {
    live--
    void worker.terminate()
    waiting.shift()?.()
  }

  const give = (slot: { worker: Worker; used: number }) => {
    if (closed || slot.used >= perWorker) return retire(slot.worker)
    idle.push(slot)
    waiting.shift()?.()
  }

  const run = (slot: { worker: Worker; used: number }, bytes: Uint8Array, fileName: string, opts: ImportOptions) =>
    new Promise<ImportResult>((resolve, reject) => {
      const { worker } = slot
      const finish = (err: ImportError | null, result?: ImportResult, keep = false) => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        slot.used++
        if (keep) give(slot)
        else retire(worker)
        if (err) reject(err)
        else resolve(result!)
      }
      const onMessage = (out: WorkerOutput) => {
        if (out.ok) finish(null, out.result, true)
        else finish(out.importError ? new ImportError(out.message) : isolationErrors.unexpected(out.message), undefined, out.importError)
      }
      const onError = (e: Error & { code?: string }) => finish(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? isolationErrors.memory(memoryMb) : isolationErrors.unexpected(e.message))
      const onExit = (code: number) => finish(isolationErrors.exited(code))
      const timer = setTimeout(() => finish(isolationErrors.timeout(timeoutMs)), timeoutMs)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      const copy = new Uint8Array(bytes)
      worker.postMessage({ bytes: copy, fileName, opts } satisfies WorkerInput, [copy.buffer])
    })

  return {
    importer: async (bytes, fileName, opts = {}) => run(await take(), bytes, fileName, opts),
    async close() {
      closed = true
      for (const slot of idle.splice(0)) retire(slot.worker)
    }
  }
}
