import { FORMATS, describeCell } from '../../shared/form'
import type { ReportContent } from '../../shared/report'
import type { Severity, Warning } from '../../shared/rules'

// How `check` prints warnings: grouped by severity, in Chinese, with the cells named by their labels.

const HEADINGS: Record<Severity, string> = { error: '错误', warning: '警告', hint: '提示' }
const MAX_CELLS = 4

export function formatWarnings(report: ReportContent, warnings: Warning[]): string {
  const count = (s: Severity) => warnings.filter((w) => w.severity === s).length
  const lines = [
    `${report.agency || '（未填机关名称）'} ${report.year}年度报告（${FORMATS[report.format].name}）：` +
      `${count('error')}个错误，${count('warning')}个警告，${count('hint')}个提示`
  ]
  if (warnings.length === 0) lines.push('', '未发现问题。')
  for (const severity of ['error', 'warning', 'hint'] as const) {
    const group = warnings.filter((w) => w.severity === severity)
    if (group.length === 0) continue
    lines.push('', `${HEADINGS[severity]}（${group.length}）`)
    for (const w of group) {
      lines.push(`  [${w.rule}] ${w.message}`)
      if (w.cells.length > 0) {
        const named = w.cells.slice(0, MAX_CELLS).map((k) => describeCell(report.format, k))
        const more = w.cells.length > MAX_CELLS ? `；等共${w.cells.length}格` : ''
        lines.push(`       单元格：${named.join('；')}${more}`)
      }
      if (w.fix) lines.push(`       可修正：${w.fix.label}`)
      if (w.acknowledged) lines.push(`       已说明（${w.acknowledged.at.slice(0, 10)}）：${w.acknowledged.explanation}`)
    }
  }
  return lines.join('\n') + '\n'
}

/** The spec's JSON shape, { warnings: [ { rule, severity, cells, message } ] }, with extra fields. */
export function warningsJson(warnings: Warning[]): string {
  const out = warnings.map((w) => ({
    rule: w.rule,
    severity: w.severity,
    cells: w.cells,
    message: w.message,
    fingerprint: w.fingerprint,
    section: w.section,
    ...(w.spans ? { spans: w.spans } : {}),
    ...(w.fix ? { fix: w.fix } : {}),
    ...(w.acknowledged ? { acknowledged: w.acknowledged } : {})
  }))
  return JSON.stringify({ warnings: out }, null, 2) + '\n'
}
