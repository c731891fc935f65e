import { useCallback, useEffect, useState } from 'react'
import type { ImportPreview, ReportSummary } from '../../../../shared/ipc'
import { api, errorCode, errorMessage } from '../../api'
import { Dialog } from '../../dialog'
import { ImportDialog, type ImportMode } from './import-dialog'
import { storedMatch } from './stored-match'
import { NewReportForm, type NewReportInput } from './new-report-form'
import { ReportList } from './report-list'
import './home.css'

/** 'opened': the system asked to open a file (double-click, second launch); take and show it. */
export type HomeIntent = { kind: 'new' | 'import' | 'opened'; n: number }

/** A preview to confirm; `opened` when it came from a file the system asked to open. */
type Preview = Extract<ImportPreview, { token: string }> & { opened?: boolean }

/** Every stored report; new, import last year's file, open, duplicate, delete with undo. */
export function HomeScreen({ intent, onOpen, onSettings, onYears, onAggregate, onFolderCheck }: {
  intent?: HomeIntent
  onOpen: (id: string) => void
  onSettings: () => void
  onYears?: (id: string) => void
  /** Work across reports: 汇总 and 检查文件夹. */
  onAggregate?: () => void
  onFolderCheck?: () => void
}) {
  const [reports, setReports] = useState<ReportSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [deleted, setDeleted] = useState<{ token: string; label: string } | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [importError, setImportError] = useState<string | null>(null)
  const [conflict, setConflict] = useState<{ mode: ImportMode; year?: number; existing: ReportSummary | undefined; message: string } | null>(null)

  const refresh = useCallback(async () => {
    try {
      setReports(await api.reports.list())
    } catch (e) {
      setError(`无法读取报告列表：${errorMessage(e)}`)
    }
  }, [])

  useEffect(() => {
    api.reports.list().then(setReports, (e) => setError(`无法读取报告列表：${errorMessage(e)}`))
  }, [])

  const act = async (what: string, fn: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    try {
      await fn()
    } catch (e) {
      setError(`${what}失败：${errorMessage(e)}`)
    } finally {
      setBusy(false)
    }
  }

  const create = (input: NewReportInput) => act('新建报告', async () => onOpen((await api.reports.create(input)).id))

  const startImport = useCallback(
    () =>
      act('读取文件', async () => {
        setImportError(null)
        const p = await api.files.importPreview()
        if ('token' in p) setPreview(p)
      }),
    []
  )

  // A file the system asked to open: shown like a chosen one, or why it could not be read.
  const takeOpened = useCallback(
    () =>
      act('打开文件', async () => {
        const opened = await api.files.takeOpened()
        if (!opened) return
        if ('error' in opened) {
          setError(`无法打开文件“${opened.fileName}”：${opened.error}`)
          return
        }
        setImportError(null)
        setConflict(null)
        setPreview({ token: opened.token, result: opened.result, opened: true })
      }),
    []
  )

  useEffect(() => {
    if (intent?.kind !== 'opened') return
    const t = setTimeout(takeOpened, 0)
    return () => clearTimeout(t)
  }, [intent, takeOpened])

  useEffect(() => {
    if (intent?.kind !== 'import') return
    // Deferred and cancellable, so a double-run effect never opens two file dialogs.
    const t = setTimeout(startImport, 0)
    return () => clearTimeout(t)
  }, [intent, startImport])

  const confirmImport = async (mode: ImportMode, year?: number, replaceId?: string) => {
    if (!preview) return
    setBusy(true)
    setImportError(null)
    try {
      const report = await api.files.importConfirm({ token: preview.token, mode, replaceId, ...(year !== undefined ? { year } : {}) })
      setPreview(null)
      setConflict(null)
      onOpen(report.id)
    } catch (e) {
      if (errorCode(e) === 'conflict' && !replaceId) {
        // A report of the same agency and year exists: ask before replacing it.
        const r = { ...preview.result.report, year: year ?? preview.result.report.year }
        const reportYear = mode === 'next-year' ? r.year + 1 : r.year
        const list = await api.reports.list().catch(() => reports ?? [])
        const existing = list.find((s) => s.agency.trim() === r.agency.trim() && s.year === reportYear)
        setConflict({ mode, year, existing, message: errorMessage(e) })
      } else {
        setImportError(`导入失败：${errorMessage(e)}`)
      }
    } finally {
      setBusy(false)
    }
  }

  const remove = (s: ReportSummary) =>
    act('删除报告', async () => {
      const { undoToken } = await api.reports.delete(s.id)
      setDeleted({ token: undoToken, label: `${s.agency} ${s.year}年度` })
      await refresh()
    })

  const undoDelete = () =>
    act('撤销删除', async () => {
      if (!deleted) return
      await api.reports.undoDelete(deleted.token)
      setDeleted(null)
      await refresh()
    })

  return (
    <main className="home" data-testid="home">
      <header className="screen-header">
        <h1>年报助手 <span className="muted">政府信息公开工作年度报告</span></h1>
        <div className="toolbar">
          <button type="button" onClick={startImport} disabled={busy} data-testid="import-report">
            导入上年报告…
          </button>
          {onAggregate && <button type="button" onClick={onAggregate} data-testid="open-aggregate">汇总…</button>}
          {onFolderCheck && <button type="button" onClick={onFolderCheck} data-testid="open-folder-check">检查文件夹…</button>}
          <button type="button" onClick={onSettings} data-testid="home-settings">
            设置与备份
          </button>
        </div>
      </header>
      {error && (
        <p className="form-error" role="alert" data-testid="home-error">
          {error}
        </p>
      )}
      {deleted && (
        <div className="notice" role="status" data-testid="deleted-notice">
          已删除“{deleted.label}”。
          <button type="button" className="primary small" onClick={undoDelete} data-testid="undo-delete">
            撤销删除
          </button>
          <button type="button" className="small" onClick={() => setDeleted(null)}>
            关闭
          </button>
        </div>
      )}
      <NewReportForm onCreate={create} focusNonce={intent?.kind === 'new' ? intent.n : undefined} busy={busy} />
      <section className="card">
        <h2>全部报告</h2>
        {reports ? <ReportList reports={reports} actions={{ onOpen, onYears, onDuplicate: (id) => act('复制报告', async () => {
          await api.reports.duplicate(id)
          await refresh()
        }), onDelete: remove }} /> : <p className="loading">正在读取…</p>}
      </section>
      {preview && !conflict && (
        <ImportDialog
          result={preview.result}
          busy={busy}
          error={importError}
          onConfirm={(mode, year) => confirmImport(mode, year)}
          onClose={() => setPreview(null)}
          // A report opened by double-click is meant as itself, not as last year's.
          initialMode={preview.opened ? 'as-is' : 'next-year'}
          stored={storedMatch(preview.result, reports, (id) => {
            setPreview(null)
            onOpen(id)
          })}
        />
      )}
      {preview && conflict && (
        <Dialog title="已有同一年度的报告" onClose={() => setConflict(null)} testId="import-conflict">
          <p>{conflict.message}</p>
          {conflict.existing ? (
            <p>
              是否用导入的内容替换现有的“{conflict.existing.agency} {conflict.existing.year}年度”报告？替换前的版本会保留在备份中。
            </p>
          ) : (
            <p>未能找到要替换的报告，请先在列表中删除或改名后再导入。</p>
          )}
          <div className="dialog-buttons">
            <button type="button" onClick={() => setConflict(null)}>
              不替换
            </button>
            {conflict.existing && (
              <button type="button" className="danger" disabled={busy} onClick={() => confirmImport(conflict.mode, conflict.year, conflict.existing!.id)} data-testid="import-replace">
                替换
              </button>
            )}
          </div>
        </Dialog>
      )}
    </main>
  )
}
