import type { ExchangeReport } from '../report/exchange'

/**
 * This year's report from last year's: year + 1, the current format, 上年结转 from 结转下年度,
 * last year's text as a draft, this year's numbers blank.
 * TEMPORARY STUB until the importer lands (issue 5): only moves the year on.
 */
export function templateFromLastYear(last: ExchangeReport): ExchangeReport {
  return { ...last, year: last.year + 1 }
}
