import { ResultsTable } from './results-table'
import { useFolderCheck } from './use-folder-check'
import '../aggregate/aggregate.css'
import './folder-check.css'

/** 检查文件夹: every report in a folder read and checked, with progress; results sortable and printable. */
export default function FolderCheckScreen({ onBack }: { onBack: () => void }) {
  const { run, error, start, running } = useFolderCheck()
  const read = run?.results.filter((r) => r.ok).length ?? 0
  const withErrors = run?.results.filter((r) => r.ok && r.counts.error > 0).length ?? 0
  return (
    <main className="folder-check" data-testid="folder-check-screen">
      <header className="screen-header">
        <button type="button" onClick={onBack} data-testid="back-home">← 返回</button>
        <h1>检查文件夹 <span className="muted">逐个检查已发布的年度报告</span></h1>
        <div className="toolbar">
          <button type="button" className="primary" onClick={start} disabled={running} data-testid="choose-folder">选择文件夹…</button>
          <button type="button" onClick={() => window.print()} disabled={!run?.finished}>打印结果</button>
        </div>
      </header>
      <section className="card">
        {!run && <p className="form-hint">选择一个放有年度报告的文件夹（Word、PDF、网页、文本或交换文件，含子文件夹）。每个文件单独读取和检查，读不了的文件会列出并跳过。</p>}
        {run && (
          <>
            <p className="folder-name">文件夹：{run.folder}</p>
            <div className="folder-progress">
              <progress max={Math.max(1, run.total)} value={run.done} data-testid="folder-progress" aria-label="检查进度" />
              <span role="status" data-testid="folder-progress-text">
                {run.finished ? `已完成：共${run.total}个文件，${read}个已检查（${withErrors}个有错误），${run.results.length - read}个无法读取` : `正在检查 ${run.done}/${run.total}…`}
              </span>
            </div>
          </>
        )}
        {error && <p className="form-error" role="alert">{error}</p>}
      </section>
      {run && run.results.length > 0 && (
        <section className="card">
          <ResultsTable results={run.results} />
        </section>
      )}
    </main>
  )
}
