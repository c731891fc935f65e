import { basename } from 'node:path'
import { importIsolated } from '../import/isolated'
import { readReportBytes } from '../import/read-path'
import { ImportError, type ImportResult } from '../../shared/import/types'
import type { ExchangeReport } from '../../shared/report'
import { isReportYear, REPORT_YEARS } from '../../shared/report/types'

// Reading a report given on the command line, in any format the importer reads (exchange JSON,
// .docx, .doc, .html, .txt), chosen by content.

/** A file that cannot be read as a report: the message is one line of plain Chinese. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ')
}

/** Reads and imports a file, with the import account (where each cell came from, problems). */
export async function importReportFile(path: string): Promise<ImportResult> {
  let bytes: Uint8Array
  try {
    bytes = await readReportBytes(path, path)
  } catch (e) {
    throw new InputError((e as Error).message)
  }
  try {
    // On a worker with a time and memory limit: a hostile file ends in one line, never a hang.
    return await importIsolated(bytes, basename(path))
  } catch (e) {
    // Whatever a reader throws, a file that cannot be read ends in one line of Chinese (exit 2).
    const message = e instanceof ImportError ? oneLine(e.message) : e instanceof Error ? e.message : String(e)
    throw new InputError(`无法读取“${path}”：${message}`)
  }
}

/** A date given as YYYY-MM-DD (--today), checked to be a real day. */
export function parseDate(s: string): Date {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s)
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined
  if (!d || d.getMonth() !== Number(m![2]) - 1) throw new InputError(`日期“${s}”格式不对，应为 YYYY-MM-DD`)
  return d
}

/** The year a user gives on the command line (--year), checked like the app checks it. */
export function parseYearArg(v: string | undefined): number {
  const n = v !== undefined && /^\d{4}$/.test(v) ? Number(v) : NaN
  if (!isReportYear(n)) throw new InputError(`参数“--year”应为${REPORT_YEARS.min}到${REPORT_YEARS.max}之间的四位年份`)
  return n
}

/** The result with the year the user gave: it replaces what was read and settles an unknown year. */
export function withYear(result: ImportResult, year: number | undefined): ImportResult {
  if (year === undefined) return result
  const { yearUnknown: _unknown, ...rest } = result
  return { ...rest, report: { ...result.report, year }, problems: result.problems.filter((p) => !p.message.startsWith('未能识别报告年度')) }
}

/** The report a file holds; a year the file does not state is said on stderr, never assumed silently. */
export async function readReportFile(path: string, year?: number): Promise<ExchangeReport> {
  const result = withYear(await importReportFile(path), year)
  if (result.yearUnknown) {
    process.stderr.write(`注意：未能从“${path}”中识别报告年度（标题、统计期限和正文开头都没有写明），暂按${result.report.year}年处理，涉及年度的检查可能不准。可用 --year 指定年度。\n`)
  }
  return result.report
}
