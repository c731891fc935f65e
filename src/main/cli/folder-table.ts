import { FORMATS } from '../../shared/form'
import type { FileCheck } from '../../shared/folder-check/types'

// 检查文件夹 as a table a reviewer prints: one line per file with its counts, then each file's
// errors and warnings. Columns are padded by display width (a Chinese character is two columns).

const RULE_SEVERITY = { error: '错误', warning: '警告', hint: '提示' } as const

export function displayWidth(s: string): number {
  let w = 0
  for (const ch of s) {
    const c = ch.codePointAt(0)!
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1
  }
  return w
}

function cut(s: string, max: number): string {
  if (displayWidth(s) <= max) return s
  let out = ''
  for (const ch of s) {
    if (displayWidth(out + ch) > max - 1) break
    out += ch
  }
  return out + '…'
}

const pad = (s: string, width: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)))
  return right ? fill + s : s + fill
}

export function folderTable(dir: string, results: readonly FileCheck[]): string {
  const head = ['序号', '文件', '机关', '年度', '格式', '错误', '警告', '提示']
  const rows = results.map((r, i) =>
    r.ok
      ? [String(i + 1), cut(r.file, 36), cut(r.agency || '（未识别）', 30), r.yearUnknown ? `${r.year}?` : String(r.year), FORMATS[r.format].name.slice(0, 4), String(r.counts.error), String(r.counts.warning), String(r.counts.hint)]
      : [String(i + 1), cut(r.file, 36), '无法读取', '', '', '', '', '']
  )
  const widths = head.map((h, c) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[c]))))
  const numeric = new Set([0, 5, 6, 7])
  const line = (row: string[]) => row.map((cell, c) => pad(cell, widths[c], numeric.has(c))).join('  ').trimEnd()
  const read = results.filter((r) => r.ok)
  const withErrors = read.filter((r) => r.ok && r.counts.error > 0).length
  const out = [
    `检查文件夹：${dir}`,
    `共${results.length}个文件：${read.length}个已检查（${withErrors}个有错误），${results.length - read.length}个无法读取`,
    '',
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line)
  ]
  for (const [i, r] of results.entries()) {
    if (!r.ok) {
      out.push('', `${i + 1}. ${r.file}：无法读取，已跳过`, `   ${r.error}`)
      continue
    }
    const shown = r.warnings.filter((w) => w.severity !== 'hint')
    if (shown.length === 0 && !r.yearUnknown) continue
    out.push('', `${i + 1}. ${r.file}（${r.agency || '未识别机关'} ${r.year}年度）`)
    if (r.yearUnknown) out.push(`   注意：文件中未写明年度，暂按${r.year}年检查`)
    for (const w of shown) out.push(`   [${RULE_SEVERITY[w.severity]} ${w.rule}] ${w.message}`)
  }
  out.push('', '（提示只计数，不逐条列出；逐条结果可用 --json 输出。）')
  return out.join('\n') + '\n'
}

/** One JSON line per file, as the spec's check output with the file's identity added. */
export function folderJsonLine(r: FileCheck): string {
  if (!r.ok) return JSON.stringify({ file: r.file, error: r.error })
  const warnings = r.warnings.map((w) => ({ rule: w.rule, severity: w.severity, cells: w.cells, message: w.message, ...(w.acknowledged ? { acknowledged: w.acknowledged } : {}) }))
  return JSON.stringify({ file: r.file, agency: r.agency, year: r.year, ...(r.yearUnknown ? { yearUnknown: true } : {}), format: r.format, counts: r.counts, warnings })
}
