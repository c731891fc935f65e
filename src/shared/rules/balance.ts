import { T3_COLUMNS, T3_CORNER, sumRelations } from '../form'
import { columnName, formatKeys, rowNameOf, type RuleContext } from './context'
import { STILL_BLANK, checkSum, gap, isBlank, knownSum } from './arithmetic'
import type { Warning } from './types'

// C1 勾稽关系 and C2 （七）总计 of table 三, column by column.

/** C1: new + carriedOver = total + carriedForward, in every column whose four cells are usable numbers. */
export function checkBalance(ctx: RuleContext): Warning[] {
  const keys = formatKeys(ctx.layout)
  const out: Warning[] = []
  for (const { column, balance: cells } of keys.byColumn) {
    const a = ctx.num(cells[0])
    const b = ctx.num(cells[1])
    // A computed （七）总计 with result rows still blank is a running sum: the column is unfinished.
    const c = ctx.provisional(cells[2]) ? undefined : ctx.num(cells[2])
    const d = ctx.num(cells[3])
    // A running computed total among them (（七）总计, a 总计 of 一、二 or 四): the column is unfinished.
    if (a === undefined || b === undefined || c === undefined || d === undefined || cells.some((k) => ctx.provisional(k))) {
      const w = unfinishedBalance(ctx, column, cells)
      if (w) out.push(w)
      continue
    }
    if (a + b === c + d) continue
    out.push({
      rule: 'C1',
      severity: 'error',
      cells: [...cells],
      section: 't3',
      fingerprint: `C1:${column.key}`,
      message: `表三“${columnName(column)}”列：第一项加第二项为${a + b}，第三项加第四项为${c + d}，${gap(a + b, c + d)}${T3_CORNER}`
    })
  }
  return out
}

/**
 * C1 while the column is still being filled: reported only when certain, i.e. what is known of one
 * side already exceeds the other side, which is complete (counts are never negative). The results
 * side counts （七）总计, or while it is blank the result rows filled so far. "/" or text: left to E4/C6.
 */
function unfinishedBalance(ctx: RuleContext, column: (typeof T3_COLUMNS)[number], cells: string[]): Warning | undefined {
  const received = knownSum(ctx, cells.slice(0, 2))
  const forward = knownSum(ctx, cells.slice(3, 4))
  const running = ctx.provisional(cells[2])
  const total = running ? undefined : ctx.num(cells[2])
  const results = total !== undefined ? { sum: total, blanks: 0 } : knownSum(ctx, resultParts(ctx, cells[2]))
  if (!received || !forward || !results || (total === undefined && !running && !isBlank(ctx, cells[2]))) return undefined
  const out = { sum: results.sum + forward.sum, blanks: results.blanks + forward.blanks + (total === undefined ? 1 : 0) }
  let message: string | undefined
  if (received.blanks === 0 && out.sum > received.sum) {
    message = `表三“${columnName(column)}”列：已填的办理结果与结转下年度之和已为${out.sum}，超过第一项加第二项的${received.sum}${STILL_BLANK}`
  } else if (out.blanks === 0 && received.sum > out.sum) {
    message = `表三“${columnName(column)}”列：已填的第一项加第二项已为${received.sum}，超过第三项加第四项的${out.sum}${STILL_BLANK}`
  }
  if (!message) return undefined
  return { rule: 'C1', severity: 'error', cells: [...cells], section: 't3', fingerprint: `C1:${column.key}`, message }
}

/** The result rows whose sum is this （七）总计 cell (C2). */
function resultParts(ctx: RuleContext, totalKey: string): readonly string[] {
  return sumRelations(ctx.format).find((r) => r.rule === 'C2' && r.total === totalKey)?.parts ?? []
}

/** C2: （七）总计 = sum of every result row, in every column. */
export function checkResultTotal(ctx: RuleContext): Warning[] {
  const out: Warning[] = []
  for (const { rule, along, total: totalKey, parts } of sumRelations(ctx.layout)) {
    if (rule !== 'C2') continue
    const column = T3_COLUMNS.find((c) => c.key === along)!
    const w = checkSum(ctx, totalKey, parts, (sum, total, unfinished) => ({
      rule: 'C2',
      severity: 'error',
      section: 't3',
      fingerprint: `C2:${column.key}`,
      totalName: `${rowNameOf(ctx.format, totalKey)}·${columnName(column)}`,
      message: unfinished
        ? `表三“${columnName(column)}”列：已填的办理结果各项之和已为${sum}，超过“${rowNameOf(ctx.format, totalKey)}”的${total}${STILL_BLANK}`
        : `表三“${columnName(column)}”列：办理结果各项之和为${sum}，“${rowNameOf(ctx.format, totalKey)}”为${total}，${gap(sum, total)}`
    }))
    if (w) out.push(w)
  }
  return out
}
