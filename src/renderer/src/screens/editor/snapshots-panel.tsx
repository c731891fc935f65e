import { useEffect, useState } from 'react'
import type { SnapshotInfo } from '../../../../shared/ipc'
import { api, errorMessage } from '../../api'
import { Dialog } from '../../dialog'
import { localDateTime } from '../../format-labels'

const REASON: Record<SnapshotInfo['reason'], string> = {
  autosave: '自动保存',
  manual: '手动保存',
  'before-restore': '恢复之前',
  'before-import': '导入之前',
  'before-overwrite': '被另一窗口覆盖之前'
}

/** Earlier versions of the report kept by storage, each restorable (the current one is kept too). */
export function SnapshotsPanel({ reportId, flush, onRestored }: { reportId: string; flush: () => Promise<void>; onRestored: () => Promise<void> }) {
  const [list, setList] = useState<SnapshotInfo[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    api.reports.snapshots(reportId).then(setList, (e) => setMessage(`无法读取历史版本：${errorMessage(e)}`))
  }, [reportId])

  const [asking, setAsking] = useState<SnapshotInfo | null>(null)

  const restore = async (s: SnapshotInfo) => {
    setAsking(null)
    setBusy(true)
    try {
      await flush()
      await api.reports.restoreSnapshot(reportId, s.id)
      // Reloaded with its revision, so the editor's next save starts from the restored version.
      await onRestored()
      setMessage(`已恢复到 ${localDateTime(s.at)} 的版本。`)
      setList(await api.reports.snapshots(reportId))
    } catch (e) {
      setMessage(`恢复失败：${errorMessage(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <fieldset className="snapshots" data-testid="snapshots">
      <legend>历史版本</legend>
      {message && <p role="status">{message}</p>}
      {!list && !message && <p className="muted">正在读取…</p>}
      {list && list.length === 0 && <p className="muted">还没有历史版本。</p>}
      {list && list.length > 0 && (
        <ul>
          {[...list].reverse().slice(0, 12).map((s) => (
            <li key={s.id}>
              {localDateTime(s.at)}（{REASON[s.reason]}）
              <button type="button" className="small" disabled={busy} onClick={() => setAsking(s)} data-testid="restore-snapshot">
                恢复此版本
              </button>
            </li>
          ))}
        </ul>
      )}
      {asking && (
        <Dialog title="恢复历史版本" onClose={() => setAsking(null)} testId="restore-dialog">
          <p>恢复到 {localDateTime(asking.at)} 的版本？当前内容会先另存为一个历史版本，之后仍可找回。</p>
          <div className="dialog-buttons">
            <button type="button" onClick={() => setAsking(null)}>
              取消
            </button>
            <button type="button" className="primary" onClick={() => restore(asking)} data-testid="restore-confirm" autoFocus>
              恢复
            </button>
          </div>
        </Dialog>
      )}
    </fieldset>
  )
}
