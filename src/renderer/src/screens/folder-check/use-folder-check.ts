import { useEffect, useRef, useState } from 'react'
import type { FileCheck } from '../../../../shared/folder-check/types'
import { api, errorMessage } from '../../api'

// Starts a folder check (the folder comes from the main process's dialog) and follows it: asks
// every 300 ms how far it has got and takes the results it has not seen yet.

export interface FolderCheckRun {
  folder: string
  done: number
  total: number
  finished: boolean
  results: FileCheck[]
}

const POLL_MS = 300

export function useFolderCheck() {
  const [run, setRun] = useState<FolderCheckRun | null>(null)
  const [error, setError] = useState<string | null>(null)
  const job = useRef(0)
  useEffect(() => () => void job.current++, [])

  const start = async () => {
    setError(null)
    const mine = ++job.current
    try {
      const started = await api.folderCheck.start()
      if ('canceled' in started) return
      let results: FileCheck[] = []
      for (;;) {
        const state = await api.folderCheck.progress(started.jobId, results.length)
        if (mine !== job.current) return
        results = [...results, ...state.results]
        setRun({ folder: state.folder, done: state.done, total: state.total, finished: state.finished, results })
        if (state.error) setError(state.error)
        if (state.finished) return
        await new Promise((r) => setTimeout(r, POLL_MS))
      }
    } catch (e) {
      if (mine === job.current) setError(errorMessage(e))
    }
  }
  return { run, error, start, running: run !== null && !run.finished }
}
