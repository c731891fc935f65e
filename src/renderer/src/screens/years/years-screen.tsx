import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import type { ReportSummary } from '../../../../shared/ipc'
import type { Report } from '../../../../shared/report/types'
import { defaultSelection } from '../../../../shared/years/agency'
import { VALUE_NOTES } from '../../../../shared/years/display'
import { buildYearsTable, type YearsTable } from '../../../../shared/years/series'
import { api, errorMessage } from '../../api'
import { composeYearsImage } from './image-compose'
import { ReportPicker } from './report-picker'
import type { ChartCapture } from './years-charts'
import { YearsTableView } from './years-table'
import './years.css'

// 历年对比: the key figures of one agency's stored reports across years, as a table and charts,
// exportable as one PNG. The charts (ECharts) load only when this screen opens.

const YearsCharts = lazy(() => import('./years-charts'))

function titleOf(agency: string, table: YearsTable): string {
  const years = table.years.map((y) => y.year)
  const span = years.length > 1 ? `${years[0]}—${years[years.length - 1]}年` : `${years[0]}年`
  return `${agency}${span}政府信息公开工作年度报告主要数据对比`
}

export default function YearsScreen({ id, onBack }: { id: string; onBack: () => void }) {
  const [summaries, setSummaries] = useState<ReportSummary[] | null>(null)
  const [selected, setSelected] = useState<string[]>([])
  const [loaded, setLoaded] = useState<Map<string, Report>>(new Map())
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const capture = useRef<ChartCapture | null>(null)

  useEffect(() => {
    api.reports.list().then(
      (list) => {
        const current = list.find((r) => r.id === id)
        if (!current) return setError('找不到这份报告，它可能已被删除。')
        setSummaries(list)
        setSelected(defaultSelection(list, current))
      },
      (e) => setError(`无法读取报告列表：${errorMessage(e)}`)
    )
  }, [id])

  useEffect(() => {
    const missing = selected.filter((s) => !loaded.has(s))
    if (missing.length === 0) return
    Promise.all(missing.map((m) => api.reports.get(m))).then(
      (reports) => setLoaded((old) => new Map([...old, ...reports.map((r) => [r.id, r] as const)])),
      (e) => setError(`无法读取报告：${errorMessage(e)}`)
    )
  }, [selected, loaded])

  const current = summaries?.find((r) => r.id === id)
  const ready = selected.length > 0 && selected.every((s) => loaded.has(s))
  const table = useMemo(() => (ready ? buildYearsTable(selected.map((s) => loaded.get(s)!)) : null), [ready, selected, loaded])

  const exportImage = async () => {
    if (!table || !current) return
    setBusy(true)
    setNotice(null)
    try {
      const title = titleOf(current.agency, table)
      const pngBase64 = await composeYearsImage(title, table, capture.current?.() ?? [])
      const r = await api.files.exportImage({ name: title, pngBase64 })
      if (r.saved) setNotice(`图片已保存：${r.path}`)
    } catch (e) {
      setError(`导出图片失败：${errorMessage(e)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="years" data-testid="years-screen">
      <header className="screen-header">
        <button type="button" onClick={onBack} data-testid="years-back">
          ← 返回
        </button>
        <h1>历年对比{current ? ` · ${current.agency}` : ''}</h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={exportImage} disabled={!table || busy} data-testid="years-export">
            {busy ? '正在生成图片…' : '导出为图片…'}
          </button>
        </div>
      </header>
      {error && (
        <p className="form-error years-message" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <div className="notice years-message" role="status" data-testid="years-notice">
          {notice}
        </div>
      )}
      {summaries && current && (
        <section className="card">
          <ReportPicker agency={current.agency} reports={summaries} selected={selected} onChange={setSelected} />
        </section>
      )}
      {!table && !error && <p className="loading years-message">正在读取报告…</p>}
      {table && (
        <>
          <section className="card years-table-card">
            {table.years.filter((y) => y.report).length < 2 && (
              <p className="form-hint" data-testid="years-single">只有一个年度的报告，无法比较。请导入或新建往年的报告，或在上面勾选名称相近的报告。</p>
            )}
            <YearsTableView table={table} />
            <p className="muted small">{VALUE_NOTES} 变化为与上一年度相比；标“格式变更，不可比”的项目两种格式的单元格不同，不计算变化。</p>
          </section>
          <section className="card">
            <Suspense fallback={<p className="loading">正在载入图表…</p>}>
              <YearsCharts table={table} captureRef={capture} />
            </Suspense>
          </section>
        </>
      )}
    </div>
  )
}
