import type { RuleContext } from './context'
import type { Warning } from './types'

// D1: the publication deadline of 条例第四十九条: 31 January (a government department) or 31 March
// (a government's own report) of the year after the report year.

const DAY = 86_400_000
const SOON_DAYS = 30

/** Calendar day number of a local date, so time of day and time zone do not shift the count. */
const dayOf = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m, d) / DAY)

export function deadlineOf(year: number, kind: 'department' | 'government' = 'department') {
  return kind === 'government' ? { month: 3, day: 31, year: year + 1 } : { month: 1, day: 31, year: year + 1 }
}

export function checkDeadline(ctx: RuleContext): Warning[] {
  const kind = ctx.report.deadline ?? 'department'
  const dl = deadlineOf(ctx.report.year, kind)
  const t = ctx.today
  const today = dayOf(t.getFullYear(), t.getMonth(), t.getDate())
  const left = dayOf(dl.year, dl.month - 1, dl.day) - today
  const endOfPublicationYear = dayOf(dl.year, 11, 31)
  const when = `${dl.year}年${dl.month}月${dl.day}日`
  const who = kind === 'government' ? '人民政府年度报告' : '政府部门年度报告'
  let message: string
  if (left >= 0 && left <= SOON_DAYS) {
    message = left === 0 ? `今天（${when}）是${who}的发布期限` : `距${who}的发布期限（${when}）还有${left}天`
  } else if (left < 0 && today <= endOfPublicationYear) {
    message = `已超过${who}的发布期限（${when}）${-left}天：条例第四十九条要求按期公布`
  } else {
    return []
  }
  return [{ rule: 'D1', severity: 'hint', cells: [], section: 'document', fingerprint: 'D1', message }]
}
