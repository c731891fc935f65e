import type { Channel, RequestOf, ResponseOf } from '../shared/ipc'
import type { WorkApi } from '../shared/ipc-work'

// The verbs of 汇总 and 检查文件夹 (ipc-work.ts), one channel each, over buildApi's transport.

type Verb = <C extends Channel>(channel: C) => (request: RequestOf<C>) => Promise<ResponseOf<C>>

export function workApi(verb: Verb): WorkApi {
  const departments = verb('aggregate:departments')
  const setDepartments = verb('aggregate:setDepartments')
  const fromReports = verb('aggregate:fromReports')
  const fromFolder = verb('aggregate:fromFolder')
  const save = verb('aggregate:save')
  const folderYear = verb('aggregate:folderYear')
  const start = verb('folderCheck:start')
  const progress = verb('folderCheck:progress')
  return {
    aggregate: {
      departments: () => departments(undefined),
      setDepartments: (list) => setDepartments({ departments: list }),
      fromReports: (ids) => fromReports({ ids }),
      fromFolder: () => fromFolder(undefined),
      save: (input) => save(input),
      folderYear: (input) => folderYear(input)
    },
    folderCheck: {
      start: () => start(undefined),
      progress: (jobId, from) => progress({ jobId, from })
    }
  }
}
