import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react'
import type { Report } from '../../../shared/report'
import { api, errorCode, errorMessage } from '../api'
import { AutosaveScheduler, SaveConflict, type SaveStatus } from './autosave'
import { pendingEdits } from './pending-edits'
import { currentReport, initEditorState, reportReducer, type EditorState, type ReportAction } from './report-reducer'

// Loads one report, holds it in the reducer and keeps it saved: debounced autosave, flush on
// window blur, on leaving the page and before export. Each save says which editor sends it and
// which stored revision it started from, so storage can refuse it when another window saved in
// between; the user then chooses (resolveConflict).

export interface ReportEditor {
  state: EditorState
  report: Report
  dispatch: (action: ReportAction) => void
  saveStatus: SaveStatus
  flush: () => Promise<void>
  /** After a refused save: take the stored version, or save this one over it knowingly. */
  resolveConflict: (choice: 'reload' | 'keep-mine') => Promise<void>
  /** Replace the content with what storage holds now (after a restore). */
  reloadStored: () => Promise<void>
}

export function useReportEditor(initial: Report, initialRevision: number, options: { autoTotals?: boolean } = {}): ReportEditor {
  const [state, dispatch] = useReducer(reportReducer, initial, (r) => initEditorState(r, !!options.autoTotals))
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'saved', at: initial.updatedAt })
  const latest = useRef(state)
  const savedRevision = useRef(state.revision)
  const schedulerRef = useRef<AutosaveScheduler | null>(null)
  const editorId = useRef(crypto.randomUUID())
  const seq = useRef(0)
  const baseRevision = useRef(initialRevision)
  const overwrite = useRef(false)
  /** A reload is being applied: its state is what storage holds, not an edit to save. */
  const adopting = useRef(false)

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
        const order = { editor: editorId.current, seq: ++seq.current, baseRevision: baseRevision.current, ...(overwrite.current ? { overwrite: true } : {}) }
        try {
          const { savedAt, revision } = await api.reports.save(report, order)
          savedRevision.current = snapshot.revision
          baseRevision.current = revision
          overwrite.current = false
          return savedAt ?? report.updatedAt
        } catch (e) {
          if (errorCode(e) === 'stale') throw new SaveConflict(errorMessage(e))
          throw new Error(errorMessage(e), { cause: e })
        }
      },
      onStatus: setSaveStatus
    })
    schedulerRef.current = scheduler
    // Leaving (close, reload, hidden, blur): first commit a cell still being typed into (the grid
    // applies it synchronously), tell the scheduler at once (the revision effect may not have run
    // yet), then save.
    const flushNow = () => {
      pendingEdits.commitAll()
      if (latest.current.revision !== savedRevision.current) scheduler.changed()
      return scheduler.flush()
    }
    const flush = () => void flushNow()
    // On blur, a cell being typed in also commits as it loses focus: let React apply it before saving.
    const flushSoon = () => setTimeout(flush, 0)
    window.addEventListener('blur', flushSoon)
    window.addEventListener('beforeunload', flush)
    window.addEventListener('pagehide', flush)
    document.addEventListener('visibilitychange', flushSoon)
    // Closing or quitting: the main process holds the window open until this save is done.
    const stopClosing = api.app.onClosing(flushNow)
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
    if (adopting.current) {
      adopting.current = false
      savedRevision.current = state.revision
      return
    }
    if (state.revision !== savedRevision.current) schedulerRef.current?.changed()
  }, [state.revision])

  const flush = useCallback(async () => {
    await schedulerRef.current?.flush()
  }, [])

  const reloadStored = useCallback(async () => {
    const opened = await api.reports.open(currentReport(latest.current).id)
    baseRevision.current = opened.revision
    adopting.current = true
    dispatch({ type: 'load', report: opened.report })
    schedulerRef.current?.reset(opened.report.updatedAt)
  }, [])

  const resolveConflict = useCallback(
    async (choice: 'reload' | 'keep-mine') => {
      if (choice === 'reload') return reloadStored()
      overwrite.current = true
      await schedulerRef.current?.resolve()
    },
    [reloadStored]
  )

  return { state, report: currentReport(state), dispatch, saveStatus, flush, resolveConflict, reloadStored }
}
