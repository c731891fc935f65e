import { cellsOf } from '../../../src/shared/form'
import { readExchange, reportFromExchange, type Report } from '../../../src/shared/report'
import { readShared } from '../../helpers/fixtures'

// Reports the rule tests start from: the real published 2020 report, and the same numbers in the
// 2021 format (a consistent 2021 report to mutate).

/** A day when no publication deadline is near, so D1 stays quiet unless a test wants it. */
export const QUIET_DAY = new Date(2035, 5, 1)

export function fixture2020(): Report {
  const ex = readExchange(JSON.parse(readShared('fixtures/jiaxing-zjj-2020.json')))
  return reportFromExchange(ex, { id: 'fixture', now: new Date(2021, 0, 15) })
}

/** The fixture's figures moved to a 2021 report in the 2021 format (text years shifted by one). */
export function consistent2021(): Report {
  const base = fixture2020()
  const c = base.cells
  const cells: Report['cells'] = {}
  for (const info of cellsOf('2021')) cells[info.key] = c[info.key] ?? null
  for (const row of ['regulations', 'normativeDocs']) {
    cells[`t2.${row}.issued`] = c[`t2.${row}.made`]
    cells[`t2.${row}.repealed`] = 0
    cells[`t2.${row}.inForce`] = c[`t2.${row}.total`]
  }
  cells['t2.fees.amount'] = 0
  for (const col of ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total']) {
    cells[`t3.other.overdueCorrection.${col}`] = 0
    cells[`t3.other.overdueFee.${col}`] = 0
    cells[`t3.other.misc.${col}`] = c[`t3.other.${col}`]
  }
  const shift = (s: string) => s.replace(/2021/g, '2022').replace(/2020/g, '2021')
  return {
    ...base,
    year: 2021,
    format: '2021',
    cells,
    text: { overview: shift(base.text.overview), problems: shift(base.text.problems), other: base.text.other }
  }
}

export function withCell(report: Report, key: string, value: Report['cells'][string]): Report {
  return { ...report, cells: { ...report.cells, [key]: value } }
}

export function withText(report: Report, section: keyof Report['text'], text: string): Report {
  return { ...report, text: { ...report.text, [section]: text } }
}
