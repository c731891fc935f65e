import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react'
import type { Report } from '../../../shared/report'
import { api, errorMessage } from '../api'
import { AutosaveScheduler, type SaveStatus } from './autosave'
import { pendingEdits } from './pending-edits'
import { currentReport, initEditorState, reportReducer, type EditorState, type ReportAction } from './report-reducer'

// Loads one report, holds it in the reducer and keeps it saved: debounced autosave, flush on
// window blur, on leaving the page and before export.

export interface ReportEditor {
  state: EditorState
  report: Report
  dispatch: (action: ReportAction) => void
  saveStatus: SaveStatus
  flush: () => Promise<void>
}

export function useReportEditor(initial: Report): ReportEditor {
  const [state, dispatch] = useReducer(reportReducer, initial, initEditorState)
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'saved', at: initial.updatedAt })
  const latest = useRef(state)
  const savedRevision = useRef(state.revision)
  const schedulerRef = useRef<AutosaveScheduler | null>(null)

  // A layout effect: it runs inside a synchronous (flushSync) render, so a cell committed while the
  // window closes is in `latest` before the final save reads it.
  useLayoutEffect(() => {
    latest.current = state
  }, [state])

  useEffect(() => {
    const scheduler = new AutosaveScheduler({
      save: async () => {
        const snapshot = latest.current
        const report = { ...currentReport(snapshot), updatedAt: new Date().toISOString() }
        try {
          const { savedAt } = await api.reports.save(report)
          savedRevision.current = snapshot.revision
          return savedAt ?? report.updatedAt
        } catch (e) {
          throw new Error(errorMessage(e), { cause: e })
        }
      },
      onStatus: setSaveStatus
    })
    schedulerRef.current = scheduler
    // Leaving (close, reload, hidden, blur): first commit a cell still being typed into (the grid
    // applies it synchronously), tell the scheduler at once (the revision effect may not have run
    // yet), then save.
    const flush = () => {
      pendingEdits.commitAll()
      if (latest.current.revision !== savedRevision.current) scheduler.changed()
      void scheduler.flush()
    }
    // On blur, a cell being typed in also commits as it loses focus: let React apply it before saving.
    const flushSoon = () => setTimeout(flush, 0)
    window.addEventListener('blur', flushSoon)
    window.addEventListener('beforeunload', flush)
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', flushSoon)
    // Closing or quitting: the main process holds the window open until this save is done.
    const stopClosing = api.app.onClosing(() => {
      pendingEdits.commitAll()
      if (latest.current.revision !== savedRevision.current) scheduler.changed()
      return scheduler.flush()
    })
    return () => {
      stopClosing()
      window.removeEventListener('blur', flushSoon)
      window.removeEventListener('beforeunload', flush)
      window.removeEventListener('pagehide', flush)
      document.removeEventListener('visibilitychange', flushSoon)
      void scheduler.flush().finally(() => scheduler.dispose())
    }
  }, [])

  useEffect(() => {
    if (state.revision !== savedRevision.current) schedulerRef.current?.changed()
  }, [state.revision])

  const flush = useCallback(async () => {
    await schedulerRef.current?.flush()
  }, [])

  return { state, report: currentReport(state), dispatch, saveStatus, flush }
}
