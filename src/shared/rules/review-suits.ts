import { T4_GROUPS, T4_OUTCOMES, sumRelations } from '../form'
import { STILL_BLANK, checkSum, gap } from './arithmetic'
import type { RuleContext } from './context'
import type { Warning } from './types'

// C5: in each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.

const PARTS = T4_OUTCOMES.filter((o) => o.key !== 'total')
const PART_NAMES = PARTS.map((o) => o.label).join('、')

/** Each group's name for messages: "行政诉讼·未经复议直接起诉". */
const GROUP_NAMES = new Map(T4_GROUPS.map((group) => [group.key as string, group.path.map((g) => g.label).join('·')]))

export function checkReviewSuits(ctx: RuleContext): Warning[] {
  const out: Warning[] = []
  for (const { rule, along: key, total: totalKey, parts } of sumRelations(ctx.format)) {
    if (rule !== 'C5') continue
    const name = GROUP_NAMES.get(key) ?? key
    const w = checkSum(ctx, totalKey, parts, (sum, total, unfinished) => ({
      rule: 'C5',
      severity: 'error',
      section: 't4',
      fingerprint: `C5:${key}`,
      totalName: `${name}·总计`,
      message: unfinished
        ? `表四“${name}”：已填的${PART_NAMES}之和已为${sum}，超过“总计”的${total}${STILL_BLANK}`
        : `表四“${name}”：${PART_NAMES}之和为${sum}，“总计”为${total}，${gap(sum, total)}`
    }))
    if (w) out.push(w)
  }
  return out
}
