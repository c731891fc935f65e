import { FORMATS, cellKey } from '../form'
import type { BlockDef } from '../form'
import type { Cells, ReportContent } from '../report/types'
import { usableNumber, type RuleContext } from './context'
import type { Warning } from './types'

// C7 (2021 format, 二（一）): 现行有效(Y) normally = 现行有效(Y−1) + 本年制发 − 本年废止, row by row; and
// the value that follows from last year, offered as a one-click fill (also while the cell is blank).

const IN_FORCE_BLOCK: BlockDef | undefined = FORMATS['2021'].tables.t2.blocks.find((b) => b.columns.some((c) => c.key === 'inForce'))

/** The rows of 二（一）: 规章, 行政规范性文件. */
export const IN_FORCE_ROWS: readonly string[] = IN_FORCE_BLOCK?.rows.map((r) => r.key) ?? []

export interface InForceExpectation {
  /** 现行有效件数 of last year's report. */
  before: number
  issued: number
  repealed: number
  /** before + issued − repealed. */
  expected: number
}

const keysOf = (row: string) => ({ inForce: cellKey('t2', row, 'inForce'), issued: cellKey('t2', row, 'issued'), repealed: cellKey('t2', row, 'repealed') })

/**
 * What this year's 现行有效件数 of a row should be from last year's: undefined unless both reports
 * are of the 2021 format and last year's 现行有效, this year's 制发 and 废止 are numbers (a blank is
 * never taken for 0), and the result is not negative.
 */
export function expectedInForce(
  current: Pick<ReportContent, 'format' | 'cells'>,
  previous: Pick<ReportContent, 'format' | 'cells'>,
  row: string
): InForceExpectation | undefined {
  if (current.format !== '2021' || previous.format !== '2021' || !IN_FORCE_ROWS.includes(row)) return undefined
  const k = keysOf(row)
  const num = (cells: Cells, key: string) => usableNumber('2021', key, cells[key])
  const before = num(previous.cells, k.inForce)
  const issued = num(current.cells, k.issued)
  const repealed = num(current.cells, k.repealed)
  if (before === undefined || issued === undefined || repealed === undefined) return undefined
  const expected = before + issued - repealed
  return expected >= 0 ? { before, issued, repealed, expected } : undefined
}

const label = (column: string) => IN_FORCE_BLOCK?.columns.find((c) => c.key === column)?.label ?? column
const isBlank = (v: unknown) => v === null || v === undefined || v === ''

export function checkInForce(ctx: RuleContext): Warning[] {
  const prev = ctx.previous && ctx.previous.year === ctx.report.year - 1 ? ctx.previous : null
  if (!prev || !IN_FORCE_BLOCK || ctx.format !== '2021' || prev.format !== '2021') return []
  const [lIn, lAdd, lRemove] = [label('inForce'), label('issued'), label('repealed')]
  const out: Warning[] = []
  for (const row of IN_FORCE_BLOCK.rows) {
    const k = keysOf(row.key)
    const cells = [k.inForce, k.issued, k.repealed]
    const base = { rule: 'C7' as const, cells, section: 't2' as const, fingerprint: `C7:${row.key}` }
    const before = usableNumber('2021', k.inForce, prev.cells[k.inForce])
    if (before === undefined) continue
    const now = ctx.num(k.inForce)
    const blank = isBlank(ctx.report.cells[k.inForce])
    const e = expectedInForce(ctx.report, prev, row.key)
    if (blank && !e) {
      // Right after starting from last year's report: say where the number will come from.
      out.push({
        ...base,
        severity: 'hint',
        message: `表二“${row.label}”：上年“${lIn}”为${before}。填写本年“${lAdd}”和“${lRemove}”后，可一键填入本年“${lIn}”（上年${before}＋${lAdd}－${lRemove}）`
      })
      continue
    }
    if (!e || (now === undefined && !blank) || e.expected === now) continue
    const sum = `上年“${lIn}”${e.before}，加“${lAdd}”${e.issued}、减“${lRemove}”${e.repealed}应为${e.expected}`
    out.push({
      ...base,
      severity: 'warning',
      message:
        now === undefined
          ? `表二“${row.label}”：本年“${lIn}”未填写，${sum}`
          : `表二“${row.label}”：${sum}，本年“${lIn}”为${now}，相差${Math.abs(e.expected - now)}（如有失效、清理等情况，请说明）`,
      fix: { label: now === undefined ? `填入${e.expected}` : `改为${e.expected}`, set: { [k.inForce]: e.expected } }
    })
  }
  return out
}
