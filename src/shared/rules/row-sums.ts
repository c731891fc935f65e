import { cellInfo, sumRelations } from '../form'
import { rowName, type RuleContext } from './context'
import { STILL_BLANK, checkSum, gap } from './arithmetic'
import type { Warning } from './types'

// C3: the 总计 column of table 三 is the sum of the six applicant columns, in every row.

export function checkRowSums(ctx: RuleContext): Warning[] {
  const out: Warning[] = []
  for (const { rule, along: row, total: totalKey, parts } of sumRelations(ctx.format)) {
    if (rule !== 'C3') continue
    const w = checkSum(ctx, totalKey, parts, (sum, total, unfinished) => {
      const info = cellInfo(ctx.format, totalKey)
      const name = info ? rowName(info) : row
      return {
        rule: 'C3',
        severity: 'error',
        section: 't3',
        fingerprint: `C3:${row}`,
        totalName: `${name}·总计`,
        message: unfinished
          ? `表三“${name}”行：已填的各类申请人之和已为${sum}，超过“总计”列的${total}${STILL_BLANK}`
          : `表三“${name}”行：各类申请人之和为${sum}，“总计”列为${total}，${gap(sum, total)}`
      }
    })
    if (w) out.push(w)
  }
  return out
}
