import { useState } from 'react'
import { Dialog } from '../../dialog'

/**
 * Shown when storage refused a save because the report was saved elsewhere (another window or
 * tab) after this editor opened it. Nothing is saved until the user chooses; both choices keep
 * the other version findable (a reload leaves it stored, an overwrite keeps it in 历史版本).
 */
export function SaveConflictDialog({ message, onChoose }: { message: string; onChoose: (choice: 'reload' | 'keep-mine') => Promise<void> }) {
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const choose = async (choice: 'reload' | 'keep-mine') => {
    setBusy(true)
    setFailure(null)
    try {
      await onChoose(choice)
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  // Escape must not dismiss it: the choice decides which version is kept.
  return (
    <Dialog title="这份报告在别处有更新的版本" onClose={() => undefined} testId="save-conflict">
      <p>{message}</p>
      <ul>
        <li>
          <strong>载入已保存的版本</strong>：显示另一个窗口保存的内容，放弃这里尚未保存的修改。
        </li>
        <li>
          <strong>保留我的版本</strong>：用这里的内容覆盖已保存的版本；被覆盖的版本会留在“历史版本”中，之后仍可找回。
        </li>
      </ul>
      {failure && (
        <p className="form-error" role="alert">
          操作失败：{failure}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" disabled={busy} onClick={() => choose('reload')} data-testid="conflict-reload">
          载入已保存的版本
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => choose('keep-mine')} data-testid="conflict-keep-mine" autoFocus>
          保留我的版本
        </button>
      </div>
    </Dialog>
  )
}
