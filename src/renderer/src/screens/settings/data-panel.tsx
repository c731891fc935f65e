import { useEffect, useState } from 'react'
import type { BackupSummary, RestoreResult } from '../../../../shared/ipc'
import { forgetSettings } from '../../app-settings'
import { api, errorMessage } from '../../api'
import { Dialog } from '../../dialog'

// 数据与备份: where the reports are kept, 备份全部报告 into one file, and 从备份恢复 — shown first,
// then restored only when confirmed, adding to what is stored and never overwriting it.

type Pending = { token: string; fileName: string; summary: BackupSummary }

function restoredText(r: RestoreResult): string {
  const parts = [`已恢复 ${r.added} 份报告`]
  if (r.copies) parts.push(`其中 ${r.copies} 份与现有报告编号相同但内容不同，已另存为“（备份恢复）”副本，原有报告未改动`)
  if (r.skipped) parts.push(`${r.skipped} 份与现有报告完全相同，未重复添加`)
  parts.push(r.settings === 'restored' ? '导出设置已从备份恢复' : '导出设置保留当前的，未被备份替换')
  return `${parts.join('；')}。`
}

export function DataPanel() {
  const [dataDir, setDataDir] = useState<string | null>(null)
  const [status, setStatus] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    api.storage.location().then(
      (l) => setDataDir(l.dataDir),
      (e) => setError(errorMessage(e))
    )
  }, [])

  const run = async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    setStatus('')
    try {
      await work()
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  const backup = () =>
    run(async () => {
      const res = await api.backup.save()
      if (res.saved) setStatus(`已备份全部报告到：${res.path}`)
    })

  const choose = () =>
    run(async () => {
      const res = await api.backup.preview()
      if ('token' in res) setPending(res)
    })

  const restore = (p: Pending) =>
    run(async () => {
      setPending(null)
      setStatus(restoredText(await api.backup.restore(p.token)))
      forgetSettings()
    })

  return (
    <fieldset className="data-panel" data-testid="data-panel">
      <legend>数据与备份</legend>
      <p>
        报告保存在这台电脑的数据文件夹中：
        <code className="data-dir" data-testid="data-dir">
          {dataDir ?? '正在读取…'}
        </code>
      </p>
      <p className="muted">每次修改都会自动保存。换电脑或重装系统前，请先“备份全部报告”，把备份文件复制到U盘等安全的地方。</p>
      <div className="dialog-buttons left">
        <button type="button" onClick={backup} disabled={busy} data-testid="backup-save">
          备份全部报告…
        </button>
        <button type="button" onClick={choose} disabled={busy} data-testid="backup-restore">
          从备份恢复…
        </button>
      </div>
      {status && (
        <p role="status" data-testid="backup-status">
          {status}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="backup-error">
          {error}
        </p>
      )}
      {pending && <RestoreDialog pending={pending} onConfirm={() => restore(pending)} onClose={() => setPending(null)} />}
    </fieldset>
  )
}

function RestoreDialog({ pending, onConfirm, onClose }: { pending: Pending; onConfirm: () => void; onClose: () => void }) {
  const { summary } = pending
  const fresh = summary.reports.length - summary.alreadyStored
  return (
    <Dialog title="从备份恢复" onClose={onClose} testId="restore-dialog">
      <p>
        备份文件“{pending.fileName}”（{summary.createdAt.slice(0, 10)} 备份）中有 <strong data-testid="restore-count">{summary.reports.length}</strong> 份报告：
      </p>
      <ul className="restore-list">
        <li>年度：{summary.years.join('、') || '无'}</li>
        <li>机关：{summary.agencies.join('、') || '无'}</li>
      </ul>
      <p>
        恢复只会<strong>添加</strong>报告，不会覆盖或删除现有的任何报告。
        {summary.alreadyStored > 0 && ` 其中 ${summary.alreadyStored} 份与现有报告完全相同，将跳过。`}
        {summary.asCopies > 0 && ` 其中 ${summary.asCopies} 份与现有报告编号相同但内容不同，将另存为“（备份恢复）”副本。`}
      </p>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onConfirm} disabled={fresh === 0} data-testid="restore-confirm">
          {fresh === 0 ? '没有需要恢复的报告' : `恢复 ${fresh} 份报告`}
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </Dialog>
  )
}
