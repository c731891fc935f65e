import { useEffect, useState } from 'react'
import type { OpenedReport } from '../../../../shared/ipc'
import { autoTotalsOn } from '../../../../shared/settings'
import { api, errorMessage } from '../../api'
import { appSettings } from '../../app-settings'
import { Editor } from './editor'
import './editor.css'

/** Loads the report, then hands it to the editor. */
export function EditorScreen({ id, onHome, onSettings, onYears }: { id: string; onHome: () => void; onSettings: () => void; onYears?: () => void }) {
  const [opened, setOpened] = useState<OpenedReport | null>(null)
  const [autoTotals, setAutoTotals] = useState<boolean | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    api.reports.open(id).then(setOpened, (e) => setError(errorMessage(e)))
    void appSettings().then((s) => setAutoTotals(autoTotalsOn(s)))
  }, [id])
  if (error)
    return (
      <main className="screen-message">
        <p className="form-error" role="alert">
          无法打开这份报告：{error}
        </p>
        <button type="button" onClick={onHome}>
          返回报告列表
        </button>
      </main>
    )
  if (!opened || autoTotals === null) return <p className="loading">正在打开报告…</p>
  return <Editor initial={opened.report} revision={opened.revision} autoTotals={autoTotals} onHome={onHome} onSettings={onSettings} onYears={onYears} />
}
