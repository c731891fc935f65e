import { useEffect, useState } from 'react'
import { api, errorMessage } from '../../api'

/** The departments expected every year, one per line; kept by the app from year to year. */
export function DepartmentsEditor({ onSaved }: { onSaved: (list: string[]) => void }) {
  const [text, setText] = useState('')
  const [status, setStatus] = useState('')
  useEffect(() => {
    api.aggregate.departments().then((list) => setText(list.join('\n')), (e) => setStatus(`无法读取部门名单：${errorMessage(e)}`))
  }, [])
  const save = async () => {
    try {
      const list = await api.aggregate.setDepartments(text.split('\n').map((s) => s.trim()).filter((s) => s !== ''))
      setText(list.join('\n'))
      setStatus(`已保存（${list.length}个部门）`)
      onSaved(list)
    } catch (e) {
      setStatus(`保存失败：${errorMessage(e)}`)
    }
  }
  return (
    <section className="card">
      <h2>应报部门名单</h2>
      <p className="form-hint">每行一个部门名称（与报告中的机关名称一致）。名单会保存下来，明年汇总时继续使用。</p>
      <textarea className="departments-text" rows={6} value={text} onChange={(e) => setText(e.target.value)} aria-label="应报部门名单" data-testid="departments-text" />
      <div className="dialog-buttons left">
        <button type="button" onClick={save} data-testid="departments-save">保存名单</button>
        <span className="muted" role="status">{status}</span>
      </div>
    </section>
  )
}
