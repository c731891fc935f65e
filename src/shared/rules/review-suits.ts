import { T4_GROUPS, T4_OUTCOMES, cellKey } from '../form'
import { checkSum, gap } from './arithmetic'
import type { RuleContext } from './context'
import type { Warning } from './types'

// C5: in each group of table 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.

const PARTS = T4_OUTCOMES.filter((o) => o.key !== 'total')
const PART_NAMES = PARTS.map((o) => o.label).join('、')

const GROUPS = T4_GROUPS.map((group) => ({
  key: group.key,
  name: group.path.map((g) => g.label).join('·'),
  total: cellKey('t4', '', `${group.key}.total`),
  parts: PARTS.map((o) => cellKey('t4', '', `${group.key}.${o.key}`))
}))

export function checkReviewSuits(ctx: RuleContext): Warning[] {
  const out: Warning[] = []
  for (const { key, name, total: totalKey, parts } of GROUPS) {
    const w = checkSum(ctx, totalKey, parts, (sum, total) => ({
      rule: 'C5',
      severity: 'error',
      section: 't4',
      fingerprint: `C5:${key}`,
      totalName: `${name}·总计`,
      message: `表四“${name}”：${PART_NAMES}之和为${sum}，“总计”为${total}，${gap(sum, total)}`
    }))
    if (w) out.push(w)
  }
  return out
}
