import { useEffect, useRef } from 'react'
import type { Warning } from '../../../../shared/rules'
import { api } from '../../api'
import type { ReportAction } from '../../state/report-reducer'
import type { ExportKind } from './export-dialog'
import type { EditorTab } from './section-nav'

export interface EditorCommands {
  dispatch: (a: ReportAction) => void
  flush: () => Promise<void>
  tabOrder: EditorTab[]
  setTab: (f: (t: EditorTab) => EditorTab) => void
  jump: (w: Warning) => void
  warnings: Warning[]
  openExport: (kind: ExportKind) => void
}

/**
 * The editor's keyboard shortcuts and native menu commands: Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z undo and
 * redo anywhere, Ctrl+S saves now, Ctrl+PageUp / PageDown switch sections, F8 / Shift+F8 go to the
 * next / previous open warning; 编辑 and 文件 › 导出 menu items.
 */
export function useEditorCommands({ dispatch, flush, tabOrder, setTab, jump, warnings, openExport }: EditorCommands): void {
  const warningsRef = useRef(warnings)
  const cycle = useRef(-1)
  useEffect(() => {
    warningsRef.current = warnings
  }, [warnings])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F8') {
        e.preventDefault()
        const open = warningsRef.current.filter((w) => !w.acknowledged)
        if (open.length === 0) return
        cycle.current = (cycle.current + (e.shiftKey ? open.length - 1 : 1)) % open.length
        jump(open[cycle.current])
        return
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return
      const k = e.key.toLowerCase()
      if (k === 'z' && !e.shiftKey) dispatch({ type: 'undo' })
      else if (k === 'y' || (k === 'z' && e.shiftKey)) dispatch({ type: 'redo' })
      else if (k === 's') void flush()
      else if (e.key === 'PageDown' || e.key === 'PageUp') {
        const step = e.key === 'PageDown' ? 1 : tabOrder.length - 1
        setTab((t) => tabOrder[(tabOrder.indexOf(t) + step) % tabOrder.length])
      } else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [dispatch, flush, tabOrder, setTab, jump])

  useEffect(
    () =>
      api.menu.onCommand(({ command }) => {
        if (command === 'undo') dispatch({ type: 'undo' })
        else if (command === 'redo') dispatch({ type: 'redo' })
        else if (command === 'export-docx') openExport('docx')
        else if (command === 'export-html') openExport('html')
        else if (command === 'export-pdf') openExport('pdf')
        else if (command === 'export-json') openExport('json')
      }),
    [dispatch, openExport]
  )
}
