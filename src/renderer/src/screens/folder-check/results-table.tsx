import { Fragment, useState } from 'react'
import { formatName } from '../../format-labels'
import { PlainFindings } from '../../warnings/plain-findings'
import { sortResults, type FolderSort } from '../../../../shared/folder-check/sort'
import type { FileCheck } from '../../../../shared/folder-check/types'

/** One row per file; sortable by severity (worst first) or by file name; a row opens its findings. */
export function ResultsTable({ results }: { results: FileCheck[] }) {
  const [sort, setSort] = useState<FolderSort>('name')
  const [open, setOpen] = useState<string | null>(null)
  const rows = sortResults(results, sort)
  const header = (by: FolderSort, label: string) => (
    <button type="button" className={`link${sort === by ? ' strong' : ''}`} onClick={() => setSort(by)} data-testid={`sort-${by}`} aria-pressed={sort === by}>
      {label}{sort === by ? ' ▼' : ''}
    </button>
  )
  return (
    <table className="folder-results" data-testid="folder-results">
      <thead>
        <tr>
          <th scope="col">{header('name', '文件')}</th>
          <th scope="col">机关</th>
          <th scope="col">年度</th>
          <th scope="col">格式</th>
          <th scope="col">{header('severity', '错误')}</th>
          <th scope="col">警告</th>
          <th scope="col">提示</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <Fragment key={r.file}>
            <tr data-testid="folder-row" data-file={r.file} className={r.ok ? undefined : 'unreadable'} onClick={() => setOpen(open === r.file ? null : r.file)}>
              <td>{r.file}</td>
              {r.ok ? (
                <>
                  <td>{r.agency || '（未识别）'}</td>
                  <td>{r.year}{r.yearUnknown ? '？' : ''}</td>
                  <td>{formatName(r.format)}</td>
                  <td className={r.counts.error ? 'sev-error' : 'muted'}>{r.counts.error}</td>
                  <td className={r.counts.warning ? 'sev-warning' : 'muted'}>{r.counts.warning}</td>
                  <td className="muted">{r.counts.hint}</td>
                </>
              ) : (
                <td colSpan={6} className="sev-error">无法读取，已跳过：{r.error}</td>
              )}
            </tr>
            {open === r.file && r.ok && (
              <tr className="folder-findings">
                <td colSpan={7}>
                  {r.yearUnknown && <p className="sev-warning">文件中未写明年度，暂按{r.year}年检查。</p>}
                  <PlainFindings warnings={r.warnings} layout={r.format} />
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  )
}
