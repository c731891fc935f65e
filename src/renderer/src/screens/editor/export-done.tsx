import { useState } from 'react'
import { api, errorMessage } from '../../api'

// After an export: where the file went, and 打开文件 / 打开所在文件夹 — the main process opens the
// file it wrote itself (named by the export's token), never a path from here.

export function ExportDone({ path, openToken, onClose }: { path: string; openToken?: string; onClose: () => void }) {
  const [problem, setProblem] = useState<string | null>(null)
  const open = async (target: 'file' | 'folder') => {
    setProblem(null)
    if (!openToken) return
    try {
      await api.files.openExported({ openToken, target })
    } catch (e) {
      setProblem(errorMessage(e))
    }
  }
  return (
    <>
      <p data-testid="export-result">
        已导出：<span className="export-done-path">{path}</span>
      </p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="dialog-buttons">
        {openToken && (
          <>
            <button type="button" onClick={() => open('folder')} data-testid="export-open-folder">
              打开所在文件夹
            </button>
            <button type="button" onClick={() => open('file')} data-testid="export-open-file">
              打开文件
            </button>
          </>
        )}
        <button type="button" className="primary" onClick={onClose} autoFocus>
          关闭
        </button>
      </div>
    </>
  )
}
