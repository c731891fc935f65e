import { useState } from 'react'
import { cellsOf, describeCell, type FormatId } from '../../../../shared/form'
import type { ImportResult } from '../../../../shared/import/types'
import { REPORT_YEARS } from '../../../../shared/report/types'
import { formatName } from '../../format-labels'
import { Dialog } from '../../dialog'

const SOURCE_LABEL: Record<ImportResult['source']['kind'], string> = {
  'nianbao-json': '年报助手交换文件',
  'nianbao-docx': '年报助手导出的 Word 文档',
  docx: 'Word 文档（.docx）',
  doc: 'Word 97-2003 文档（.doc）',
  pdf: 'PDF 文件',
  html: '网页',
  txt: '纯文本'
}

const PROBLEM_ICON = { error: '✖', warning: '▲', info: 'ℹ' } as const

export type ImportMode = 'next-year' | 'as-is'

/** The import report: what was read, from where, what went wrong; then how to use the file. */
/** A stored report of the same agency and year as the file, which the user may open instead. */
export interface StoredMatch {
  label: string
  onOpen: () => void
}

export function ImportDialog({ result, busy, error, onConfirm, onClose, initialMode = 'next-year', stored }: { result: ImportResult; busy: boolean; error: string | null; onConfirm: (mode: ImportMode, year?: number) => void; onClose: () => void; initialMode?: ImportMode; stored?: StoredMatch }) {
  const [mode, setMode] = useState<ImportMode>(initialMode)
  // A year the file does not state: the user types it; nothing is assumed.
  const [yearText, setYearText] = useState('')
  const typedYear = /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined
  const yearOk = !result.yearUnknown || (typedYear !== undefined && typedYear >= REPORT_YEARS.min && typedYear <= REPORT_YEARS.max)
  const r = { ...result.report, year: result.yearUnknown ? (typedYear ?? NaN) : result.report.year }
  const yearLabel = (y: number) => (Number.isNaN(y) ? '（待选择）' : String(y))
  const format: FormatId = r.format
  const total = cellsOf(format).length
  const read = Object.keys(result.cells).length
  const filled = Object.values(r.cells).filter((v) => v !== null).length
  const counts = { error: 0, warning: 0, info: 0 }
  for (const p of result.problems) counts[p.severity]++
  return (
    <Dialog title="导入报告" onClose={onClose} testId="import-dialog">
      <dl className="import-summary">
        <dt>文件</dt>
        <dd data-testid="import-file">
          {result.source.fileName}（{SOURCE_LABEL[result.source.kind]}）
        </dd>
        <dt>机关 / 年度</dt>
        <dd>
          {r.agency || '（未识别）'} ·{' '}
          {result.yearUnknown ? (
            <label className="import-year">
              <span className="form-error">未能从文件中识别年度，请填写：</span>
              <input type="text" inputMode="numeric" maxLength={4} size={5} value={yearText} onChange={(e) => setYearText(e.target.value)} aria-label="报告年度" aria-invalid={!yearOk} data-testid="import-year" />
              年度
            </label>
          ) : (
            `${r.year}年度`
          )}
        </dd>
        <dt>格式</dt>
        <dd>{result.detectedFormat === 'mixed' ? `混用了2019年版和2021年版的内容，按${formatName(format)}读取` : formatName(result.detectedFormat)}</dd>
        <dt>读取的单元格</dt>
        <dd data-testid="import-cells">
          {read > 0 ? `从文件中读到 ${read} / ${total} 个单元格` : `${filled} / ${total} 个单元格有值`}
        </dd>
        <dt>问题</dt>
        <dd>{result.problems.length === 0 ? '未发现问题' : `错误 ${counts.error} 个，警告 ${counts.warning} 个，说明 ${counts.info} 条`}</dd>
      </dl>
      {result.problems.length > 0 && (
        <ul className="import-problems" data-testid="import-problems">
          {result.problems.map((p, i) => (
            <li key={i} className={`sev-${p.severity === 'info' ? 'hint' : p.severity}`}>
              {PROBLEM_ICON[p.severity]} {p.message}
              {p.cellKey && <span className="muted">（{describeCell(format, p.cellKey)}）</span>}
              {p.where && <span className="muted">；位置：{p.where}</span>}
            </li>
          ))}
        </ul>
      )}
      {read > 0 && (
        <details className="import-cells">
          <summary>逐格查看读取来源</summary>
          {/* Scrolled in place: opened, the list must not push the 导入 button out of reach. */}
          <div className="import-cells-scroll" data-testid="import-cells-scroll">
            <table>
              <thead>
                <tr>
                  <th>单元格</th>
                  <th>读到的值</th>
                  <th>原文</th>
                  <th>位置</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(result.cells).map(([key, c]) => (
                  <tr key={key}>
                    <td>{describeCell(format, key)}</td>
                    <td>{r.cells[key] === null || r.cells[key] === undefined ? '（空）' : String(r.cells[key])}</td>
                    <td>{c.raw}</td>
                    <td>{c.where}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      {stored && (
        <p className="notice" data-testid="import-stored">
          已保存的报告中已有“{stored.label}”。可以直接打开已保存的报告，或导入这份文件（导入时会先询问是否替换）。
          <button type="button" className="small" onClick={stored.onOpen} data-testid="import-open-stored">
            打开已保存的报告
          </button>
        </p>
      )}
      <fieldset>
        <legend>如何使用这份文件</legend>
        <label className="radio">
          <input type="radio" name="mode" checked={mode === 'next-year'} onChange={() => setMode('next-year')} data-testid="import-next-year" />
          作为上一年度的报告，新建 {yearLabel(r.year + 1)} 年度报告（上年结转数、前言和联系方式从中带入，现行有效件数按上年推算）
        </label>
        {mode === 'next-year' && (
          <p className="form-hint" data-testid="import-adds-last-year">
            这份文件本身也会作为 {yearLabel(r.year)} 年度报告加入报告列表（已有同一机关同一年度的报告时沿用已有的），新报告与它逐项核对结转数、现行有效件数和重复内容。
          </p>
        )}
        <label className="radio">
          <input type="radio" name="mode" checked={mode === 'as-is'} onChange={() => setMode('as-is')} data-testid="import-as-is" />
          原样导入为 {yearLabel(r.year)} 年度报告
        </label>
      </fieldset>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          取消
        </button>
        <button type="button" className="primary" disabled={busy || !yearOk} title={yearOk ? undefined : '请先填写报告年度'} onClick={() => onConfirm(mode, result.yearUnknown ? typedYear : undefined)} data-testid="import-confirm" autoFocus>
          {busy ? '正在导入…' : '导入'}
        </button>
      </div>
    </Dialog>
  )
}
