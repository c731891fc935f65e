import { Worker } from 'node:worker_threads'
import { ImportError, type ImportResult } from '../../shared/import/types'
import type { ImportOptions } from './index'
import type { WorkerInput, WorkerOutput } from './worker'
import { sourceWorkerUrl } from './worker-source'

// Import on a worker thread with a time and a memory limit: whatever a file does to a reader
// (a case no cap foresaw), the user gets a clear Chinese error and the app (autosave, the
// window) keeps running. Each worker reads one file and ends; the app keeps a spare started
// ahead, so an import does not wait for a thread to start and load the readers.

export interface IsolationLimits {
  /** The worker's entry: the app passes its built one; from source, worker.ts is bundled on first use. */
  worker?: string | URL
  timeoutMs?: number
  /** V8 heap of the worker; a long real report needs a few tens of MB. */
  memoryMb?: number
  /** Start the next worker as soon as one is taken (the app; not a one-shot command). */
  keepSpare?: boolean
}

export const IMPORT_TIMEOUT_MS = 15_000
export const IMPORT_MEMORY_MB = 160

export type Importer = (bytes: Uint8Array, fileName: string, opts?: ImportOptions) => Promise<ImportResult>

const SUGGEST = '请确认选择的是年度报告文件；如是Word文档，可在Word或WPS中打开后另存为.docx再导入'

/** What the user reads when a worker stops on a file (also used by the worker pool). */
export const isolationErrors = {
  timeout: (ms: number) => new ImportError(`读取文件超过${ms / 1000}秒仍未完成，已停止：文件过于复杂或已损坏。${SUGGEST}`),
  memory: (mb: number) => new ImportError(`读取文件所需内存超过${mb} MB，已停止：文件过于复杂，不像是年度报告。${SUGGEST}`),
  unexpected: (message: string) => new ImportError(`读取文件时出现意外错误（${message}）。${SUGGEST}`),
  exited: (code: number) => new ImportError(`读取程序意外退出（代码${code}）。${SUGGEST}`)
}

export function isolatedImporter(limits: IsolationLimits = {}): Importer {
  const timeoutMs = limits.timeoutMs ?? IMPORT_TIMEOUT_MS
  const memoryMb = limits.memoryMb ?? IMPORT_MEMORY_MB
  let spare: Promise<Worker> | undefined

  const start = async (): Promise<Worker> => {
    const worker = new Worker(limits.worker ?? (await sourceWorkerUrl()), {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 }
    })
    worker.unref() // an idle spare never keeps the process alive
    worker.on('error', () => {}) // while idle; a job listens for itself
    return worker
  }

  const startSpare = (): Promise<Worker> => {
    const next = start()
    const forget = () => {
      if (spare === next) spare = undefined
    }
    next.then((w) => w.once('exit', forget), forget)
    return next
  }

  const take = (): Promise<Worker> => {
    const worker = spare ?? start()
    spare = limits.keepSpare ? startSpare() : undefined
    return worker
  }
  if (limits.keepSpare) spare = startSpare()

  const run = (worker: Worker, bytes: Uint8Array, fileName: string, opts: ImportOptions) =>
    new Promise<ImportResult>((resolve, reject) => {
      let settled = false
      const finish = (err: ImportError | null, result?: ImportResult) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        void worker.terminate()
        if (err) reject(err)
        else resolve(result!)
      }
      const timer = setTimeout(() => finish(isolationErrors.timeout(timeoutMs)), timeoutMs)
      worker.on('message', (out: WorkerOutput) => {
        if (out.ok) finish(null, out.result)
        else finish(out.importError ? new ImportError(out.message) : isolationErrors.unexpected(out.message))
      })
      worker.on('error', (e: Error & { code?: string }) => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(isolationErrors.memory(memoryMb))
        else finish(isolationErrors.unexpected(e.message))
      })
      worker.on('exit', (code) => finish(isolationErrors.exited(code)))
      // A copy of just these bytes moves to the worker (the caller's buffer may be a shared pool).
      const copy = new Uint8Array(bytes)
      worker.postMessage({ bytes: copy, fileName, opts } satisfies WorkerInput, [copy.buffer])
    })

  return async (bytes, fileName, opts = {}) => run(await take(), bytes, fileName, opts)
}

/** The importer used from source by the CLI: one file, no spare. */
export const importIsolated: Importer = isolatedImporter()
