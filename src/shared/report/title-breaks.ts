import type { Typography } from '../settings'
import { titleLines, titleMaxChars } from './title-lines'
import type { Report } from './types'

// The clerk's own title breaks (标题分行): checked here, used by the Word and web/PDF exports when
// they still fit the title, otherwise ignored in favour of the automatic breaks (title-lines.ts).

export const MAX_TITLE_LINES = 4

/** The single-line title: "<机关><年>年政府信息公开工作年度报告". */
export function reportTitle(report: Pick<Report, 'agency' | 'year'>): string {
  return `${report.agency.trim()}${report.year}年政府信息公开工作年度报告`
}

/** How many title characters fit on a line of A4's text block (same sum as the exporters' page setup). */
export function titleMaxCharsFor(t: Pick<Typography, 'marginsMm' | 'titleSizePt'>): number {
  const twips = (mm: number) => Math.round((mm * 1440) / 25.4)
  return titleMaxChars((11906 - twips(t.marginsMm.left) - twips(t.marginsMm.right)) / 20, t.titleSizePt)
}

const clip = (s: string) => (s.length > 8 ? `${s.slice(0, 8)}…` : s)

/**
 * Why these lines cannot be the title's breaks, in plain Chinese, or null when they can: no empty
 * line, at most four lines, and joined they are the title exactly (only the breaks may move).
 */
export function titleBreakProblem(lines: readonly string[], title: string): string | null {
  const rows = lines.map((l) => l.trim())
  if (rows.length === 0) return '标题分行为空：请至少保留一行，或点“恢复自动分行”'
  const empty = rows.findIndex((l) => l === '')
  if (empty >= 0) return `第${empty + 1}行是空行：请删去空行，每行都要有标题文字`
  if (rows.length > MAX_TITLE_LINES) return `标题最多分${MAX_TITLE_LINES}行，现在有${rows.length}行：请合并几行`
  const joined = rows.join('')
  if (joined === title) return null
  let i = 0
  while (i < joined.length && i < title.length && joined[i] === title[i]) i++
  // The line where the first difference is.
  let line = 0
  for (let seen = rows[0].length; seen <= i && line < rows.length - 1; seen += rows[++line].length);
  const tail = '只能移动换行的位置，不能增删或改动标题的文字'
  if (i === joined.length) return `分行后缺少标题末尾的“${clip(title.slice(i))}”：${tail}`
  if (i === title.length) return `第${line + 1}行多出了“${clip(joined.slice(i))}”，标题到此已完：${tail}`
  return `第${line + 1}行的“${clip(joined.slice(i))}”与标题不一致（标题此处为“${clip(title.slice(i))}”）：${tail}`
}

export interface ResolvedTitle {
  /** The lines the export prints. */
  lines: string[]
  /** The automatic breaks, shown in the editor as the starting point. */
  auto: string[]
  /** none: no override; used: the clerk's breaks; ignored: they no longer fit the title (see problem). */
  override: 'none' | 'used' | 'ignored'
  problem?: string
}

/** The title's lines for export: the clerk's breaks when they still fit the title, else the automatic ones. */
export function resolveTitleLines(report: Pick<Report, 'agency' | 'year' | 'titleBreaks'>, maxChars: number): ResolvedTitle {
  const auto = titleLines({ agency: report.agency, year: report.year, maxChars })
  const own = report.titleBreaks
  if (!own) return { lines: auto, auto, override: 'none' }
  const problem = titleBreakProblem(own, reportTitle(report))
  if (problem) return { lines: auto, auto, override: 'ignored', problem }
  return { lines: own.map((l) => l.trim()), auto, override: 'used' }
}
