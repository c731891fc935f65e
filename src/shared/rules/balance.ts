import { T3_COLUMNS, T3_CORNER, sumRelations } from '../form'
import { columnName, formatKeys, rowNameOf, type RuleContext } from './context'
import { checkSum, gap } from './arithmetic'
import type { Warning } from './types'

// C1 勾稽关系 and C2 （七）总计 of table 三, column by column.

/** C1: new + carriedOver = total + carriedForward, in every column whose four cells are usable numbers. */
export function checkBalance(ctx: RuleContext): Warning[] {
  const keys = formatKeys(ctx.layout)
  const out: Warning[] = []
  for (const { column, balance: cells } of keys.byColumn) {
    const a = ctx.num(cells[0])
    const b = ctx.num(cells[1])
    const c = ctx.num(cells[2])
    const d = ctx.num(cells[3])
    // A column still being filled (blank, "/", text) is left to E4/C6: no guessing with zeros.
    if (a === undefined || b === undefined || c === undefined || d === undefined) continue
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

/** C2: （七）总计 = sum of every result row, in every column. */
export function checkResultTotal(ctx: RuleContext): Warning[] {
  const out: Warning[] = []
  for (const { rule, along, total: totalKey, parts } of sumRelations(ctx.layout)) {
    if (rule !== 'C2') continue
    const column = T3_COLUMNS.find((c) => c.key === along)!
    const w = checkSum(ctx, totalKey, parts, (sum, total) => ({
      rule: 'C2',
      severity: 'error',
      section: 't3',
      fingerprint: `C2:${column.key}`,
      totalName: `${rowNameOf(ctx.format, totalKey)}·${columnName(column)}`,
      message: `表三“${columnName(column)}”列：办理结果各项之和为${sum}，“${rowNameOf(ctx.format, totalKey)}”为${total}，${gap(sum, total)}`
    }))
    if (w) out.push(w)
  }
  return out
}
