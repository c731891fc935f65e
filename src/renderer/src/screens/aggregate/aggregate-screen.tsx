import { useEffect, useState } from 'react'
import { withExpected } from '../../../../shared/aggregate/status'
import type { ReportSummary } from '../../../../shared/ipc'
import type { AggregateFolder, AggregateView, FolderRefusal } from '../../../../shared/ipc-work'
import { api, errorMessage } from '../../api'
import { BreakdownPanel } from './breakdown-panel'
import { DepartmentStatusTable } from './department-status'
import { DepartmentsEditor } from './departments-editor'
import { FolderYear } from './folder-year'
import { PlainFindings } from '../../warnings/plain-findings'
import { ReportPicker } from './report-picker'
import { SaveCombined } from './save-combined'
import { SumTables } from './sum-tables'
import './aggregate.css'

/** 汇总: the departments' reports of one year (stored, or a folder of files) added up cell by cell. */
export default function AggregateScreen({ onBack, onOpen }: { onBack: () => void; onOpen: (id: string) => void }) {
  const [reports, setReports] = useState<ReportSummary[]>([])
  const [year, setYear] = useState<number | null>(null)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [view, setView] = useState<AggregateView | null>(null)
  // The folder summed last: its years stay on offer, also when the year asked for was refused.
  const [folder, setFolder] = useState<AggregateFolder | null>(null)
  const [cell, setCell] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const pickYear = (y: number, list = reports) => {
    setYear(y)
    setSelected(new Set(list.filter((r) => r.year === y).map((r) => r.id)))
  }
  useEffect(() => {
    api.reports.list().then((list) => {
      setReports(list)
      if (list.length > 0) pickYear(Math.max(...list.map((r) => r.year)), list)
    }, (e) => setError(`无法读取报告列表：${errorMessage(e)}`))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const build = async (how: () => Promise<AggregateView | FolderRefusal | { canceled: true }>) => {
    setBusy(true)
    setError(null)
    try {
      const v = await how()
      if ('token' in v) {
        setView(v)
        setFolder(v.folder ?? null)
        setCell(null)
      } else if ('refused' in v) {
        setView(null)
        setFolder(v.folder)
        setError(v.refused)
      }
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="aggregate" data-testid="aggregate-screen">
      <header className="screen-header">
        <button type="button" onClick={onBack} data-testid="back-home">← 返回</button>
        <h1>汇总 <span className="muted">各部门年度报告逐格相加</span></h1>
      </header>
      <section className="card">
        <h2>选择报告</h2>
        <ReportPicker reports={reports} year={year} selected={selected} onYear={(y) => pickYear(y)} onToggle={(id) => setSelected((s) => {
          const next = new Set(s)
          if (!next.delete(id)) next.add(id)
          return next
        })} />
        <div className="dialog-buttons left">
          <button type="button" className="primary" disabled={busy || selected.size === 0} onClick={() => build(() => api.aggregate.fromReports([...selected]))} data-testid="aggregate-stored">
            汇总所选报告（{selected.size}份）
          </button>
          <button type="button" disabled={busy} onClick={() => build(() => api.aggregate.fromFolder())} data-testid="aggregate-folder">
            从文件夹汇总…
          </button>
          {busy && <span className="muted" role="status">正在读取和汇总…</span>}
        </div>
        {folder && <FolderYear folder={folder} busy={busy} onPick={(y, includeUnknown) => build(() => api.aggregate.folderYear({ folder: folder.token, year: y, includeUnknown }))} />}
        {error && <p className="form-error aggregate-error" role="alert" data-testid="aggregate-error">{error}</p>}
      </section>
      <DepartmentsEditor onSaved={(list) => setView((v) => (v ? { ...v, statuses: withExpected(list, v.statuses) } : v))} />
      {view && (
        <>
          <section className="card" data-testid="aggregate-result">
            <h2>{view.year}年度汇总：{view.departments.length}个部门</h2>
            <DepartmentStatusTable statuses={view.statuses} layout={view.layout} />
            <p data-testid="sum-check">
              汇总表检查：<span className={view.sum.counts.error ? 'sev-error' : 'ok'}>{view.sum.counts.error}个错误</span>，{view.sum.counts.warning}个警告
            </p>
            <PlainFindings warnings={view.sum.warnings.filter((w) => w.severity === 'error').slice(0, 8)} layout={view.layout} empty={null} />
            {view.notes.map((n) => <p key={n} className="notice">{n}</p>)}
          </section>
          <section className="card aggregate-tables">
            <h2>汇总表 <span className="muted">（点击任一格查看分部门明细）</span></h2>
            <div className="aggregate-split">
              <SumTables layout={view.layout} cells={view.cells} selected={cell} onSelect={setCell} />
              {cell ? <BreakdownPanel view={view} cellKey={cell} /> : <p className="breakdown muted">点击汇总表中的数字，查看各部门的数值。</p>}
            </div>
          </section>
          <SaveCombined view={view} onOpen={onOpen} />
        </>
      )}
    </main>
  )
}
