import { useState } from 'react'
import type { AggregateView } from '../../../../shared/ipc-work'
import { api, errorCode, errorMessage } from '../../api'

/** Saves the 汇总 as a report of its own (opened in the editor to write the text, then exported). */
export function SaveCombined({ view, onOpen }: { view: AggregateView; onOpen: (id: string) => void }) {
  const [agency, setAgency] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [replace, setReplace] = useState<{ id: string; message: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const save = async (replaceId?: string) => {
    setBusy(true)
    setError(null)
    try {
      const report = await api.aggregate.save({ token: view.token, agency, ...(replaceId ? { replaceId } : {}) })
      onOpen(report.id)
    } catch (e) {
      if (errorCode(e) === 'conflict' && !replaceId) {
        const existing = (await api.reports.list()).find((s) => s.agency.replace(/\s+/g, '') === agency.replace(/\s+/g, '') && s.year === view.year)
        setReplace(existing ? { id: existing.id, message: errorMessage(e) } : null)
        if (!existing) setError(errorMessage(e))
      } else setError(`保存失败：${errorMessage(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card">
      <h2>保存为汇总报告</h2>
      <p className="form-hint">汇总表按各部门数字相加；正文（总体情况、存在的主要问题等）留空，保存后在编辑界面填写，再像其他报告一样导出。</p>
      <div className="dialog-buttons left">
        <label>
          机关名称 <input value={agency} onChange={(e) => setAgency(e.target.value)} placeholder="如：某某县人民政府" data-testid="combined-agency" />
        </label>
        <button type="button" className="primary" disabled={busy || agency.trim() === ''} onClick={() => save()} data-testid="combined-save">
          保存并打开
        </button>
      </div>
      {replace && (
        <div className="notice" role="alert">
          {replace.message}
          <button type="button" className="danger small" disabled={busy} onClick={() => save(replace.id)} data-testid="combined-replace">替换</button>
        </div>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  )
}
