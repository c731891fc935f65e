import type { FolderCheckState } from '../../shared/ipc-work'
import { checkFiles } from '../folder/check-folder'
import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'
import { poolOf } from './pool-of'
import { folderFiles } from './folder-files'
import { IpcFailure } from './result'

// folderCheck:* — a folder chosen in a main-process dialog, checked file by file in the
// background; the page asks how far it has got (and for the results it has not seen yet).

const KEEP_JOBS = 5

export function folderCheckHandlers(deps: HandlerDeps): HandlerMap<'folderCheck'> {
  const jobs = new Map<string, FolderCheckState>()
  return {
    'folderCheck:start': async () => {
      const folder = deps.dialogs.chooseFolderPath ? await deps.dialogs.chooseFolderPath('check') : null
      if (folder === null) return { canceled: true }
      const paths = await folderFiles(folder)
      const jobId = crypto.randomUUID()
      const state: FolderCheckState = { folder, done: 0, total: paths.length, finished: paths.length === 0, results: [] }
      jobs.set(jobId, state)
      while (jobs.size > KEEP_JOBS) jobs.delete(jobs.keys().next().value as string)
      const pool = poolOf(deps)
      void checkFiles(paths, folder, {
        importer: pool.importer,
        onProgress: ({ done }, result) => {
          state.done = done
          state.results.push(result)
        }
      })
        .then(
          () => (state.finished = true),
          (e: unknown) => {
            state.error = `检查中断：${e instanceof Error ? e.message : String(e)}`
            state.finished = true
          }
        )
        .finally(() => void pool.close())
      return { jobId, folder }
    },
    'folderCheck:progress': async ({ jobId, from }) => {
      const state = jobs.get(jobId)
      if (!state) throw new IpcFailure('not-found', '这次检查已结束或已过期，请重新选择文件夹。')
      return { ...state, results: state.results.slice(from) }
    }
  }
}
