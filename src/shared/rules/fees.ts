import { FORMATS, cellKey } from '../form'
import { TABLE_NAMES, cellName, formatKeys, type RuleContext } from './context'
import type { Warning } from './types'

// F1 (2021 format): fees in the tables but no fee information in section 六.

/** Section 六 says something about fees ("未收取信息处理费" counts: it reports the fact). */
const MENTIONS_FEES = /费/

export function checkFeeReporting(ctx: RuleContext): Warning[] {
  if (ctx.format !== '2021') return []
  const overdueFee = formatKeys(ctx.layout).t3('other.overdueFee', 'total')
  const amount = cellKey('t2', 'fees', 'amount')
  const concerned = [overdueFee, amount].filter((k) => (ctx.num(k) ?? 0) > 0)
  if (concerned.length === 0) return []
  const other = ctx.report.text.other ?? ''
  if (MENTIONS_FEES.test(other)) return []
  const heading = FORMATS[ctx.format].sections.find((s) => s.key === 'other')?.heading ?? ''
  const figures = concerned.map((k) => `${TABLE_NAMES[k.slice(0, 2) as 't2' | 't3']}“${cellName(ctx.format, k)}”为${ctx.num(k)}`).join('，')
  return [
    {
      rule: 'F1',
      severity: 'warning',
      cells: concerned,
      section: 'other',
      fingerprint: 'F1',
      spans: other ? [{ section: 'other', start: 0, end: other.length }] : undefined,
      message: `${figures}，但“${heading}”没有写收费情况：应报告信息处理费的收费通知件数、金额和实际收取金额`
    }
  ]
}
