import { describe, expect, it } from 'vitest'
import { cellsOf, t3ResultRows } from '../../../src/shared/form'
import type { CellInfo, FormatId } from '../../../src/shared/form'
import type { CellValue, Report } from '../../../src/shared/report'
import { checkReport } from '../../../src/shared/rules'
import { QUIET_DAY, consistent2021, fixture2020, withCell } from './reports'

// Property-style: every single-cell mutation of a consistent report must raise exactly the warnings
// of the rules it breaks (by fingerprint), each naming the mutated cell, and nothing else.

const BALANCE_ROWS = new Set(['new', 'carriedOver', 'total', 'carriedForward'])
/** Table cells the fixture's text quotes ("受理…60件", "已答复56件", "其余4件正在办理"): T1 may also speak. */
const QUOTED = new Set(['t3.new.total', 't3.carriedOver.total', 't3.total.total', 't3.carriedForward.total'])

interface Expectation {
  required: Set<string>
  allowed: Set<string>
}

/** The fingerprints a numeric change of this cell must raise (the oracle, written from the spec). */
function arithmeticExpectation(format: FormatId, info: CellInfo, newValue: number): Expectation {
  const required = new Set<string>()
  const allowed = new Set<string>()
  if (info.table === 't3') {
    const row = info.row.key
    const col = info.column.key
    required.add(`C3:${row}`)
    if (t3ResultRows(format).includes(row) || row === 'total') required.add(`C2:${col}`)
    if (BALANCE_ROWS.has(row)) required.add(`C1:${col}`)
    if (QUOTED.has(info.key)) for (const kind of ['received', 'answered', 'carriedForward']) allowed.add(`T1:overview:${kind}:1`)
    if (format === '2021' && info.key === 't3.other.overdueFee.total' && newValue > 0) required.add('F1')
  }
  if (info.table === 't4') required.add(`C5:${info.column.key.split('.')[0]}`)
  if (format === '2021' && info.key === 't2.fees.amount' && newValue > 0) required.add('F1')
  return { required, allowed }
}

function lineOf(info: CellInfo): string {
  if (info.table === 't4') return `t4.${info.column.key.split('.')[0]}`
  return `${info.table}.${info.row.key}`
}

function check(report: Report) {
  return checkReport(report, null, { today: QUIET_DAY })
}

/** Runs one mutation over every cell; returns readable mismatches (empty when all behave). */
function mutateAll(
  base: Report,
  mutate: (info: CellInfo, old: number) => CellValue | undefined,
  expect: (info: CellInfo, value: CellValue) => Expectation
): string[] {
  const problems: string[] = []
  for (const info of cellsOf(base.format)) {
    const old = base.cells[info.key] as number
    const value = mutate(info, old)
    if (value === undefined) continue
    const warnings = check(withCell(base, info.key, value))
    const got = new Set(warnings.map((w) => w.fingerprint))
    const { required, allowed } = expect(info, value)
    const missing = [...required].filter((f) => !got.has(f))
    const extra = [...got].filter((f) => !required.has(f) && !allowed.has(f))
    const unnamed = warnings.filter((w) => required.has(w.fingerprint) && !w.cells.includes(info.key)).map((w) => w.fingerprint)
    if (missing.length || extra.length || unnamed.length) {
      problems.push(`${info.key} = ${JSON.stringify(value)}: missing ${missing} extra ${extra} not naming the cell ${unnamed}`)
    }
  }
  return problems
}

const only = (...f: string[]): Expectation => ({ required: new Set(f), allowed: new Set() })

describe.each([
  ['2019 (the real 2020 report)', fixture2020],
  ['2021 (the same figures in the 2021 format)', consistent2021]
])('single-cell mutations of a consistent %s report', (_name, make) => {
  const base = make()

  it.each([1, 2, 7, 100])('adding %i to any cell raises exactly the sum rules it breaks, on that cell', (d) => {
    expect(mutateAll(base, (_i, old) => old + d, (info, v) => arithmeticExpectation(base.format, info, v as number))).toEqual([])
  })

  it('subtracting 1 from any non-zero cell raises exactly the sum rules it breaks', () => {
    const problems = mutateAll(
      base,
      (_i, old) => (old >= 1 ? old - 1 : undefined),
      (info, v) => arithmeticExpectation(base.format, info, v as number)
    )
    expect(problems).toEqual([])
  })

  it('a negative number raises only C6 on counts (a signed 增/减 is fine)', () => {
    const problems = mutateAll(
      base,
      () => -3,
      (info) => (info.kind === 'signedCount' ? arithmeticExpectation(base.format, info, -3) : only(`C6:${info.key}`))
    )
    expect(problems).toEqual([])
  })

  it('a fraction raises only C6 on integer cells (a 万元 amount may have decimals)', () => {
    const problems = mutateAll(
      base,
      (_i, old) => old + 0.5,
      (info, v) => (info.kind === 'amount' ? arithmeticExpectation(base.format, info, v as number) : only(`C6:${info.key}`))
    )
    expect(problems).toEqual([])
  })

  it.each(['abc', '约20', '12件?'])('text %j in any cell raises only C6 on that cell', (text) => {
    expect(mutateAll(base, () => text, (info) => only(`C6:${info.key}`))).toEqual([])
  })

  it.each([null, '/'])('%j in any cell raises only E4 on its row, no arithmetic with silent zeros', (value) => {
    const allowT1 = (info: CellInfo): Expectation => ({
      required: new Set([`E4:${lineOf(info)}`]),
      allowed: new Set(QUOTED.has(info.key) ? ['T1:overview:received:1', 'T1:overview:answered:1', 'T1:overview:carriedForward:1'] : [])
    })
    expect(mutateAll(base, () => value, allowT1)).toEqual([])
  })

  it('the fix offered for a broken total restores a clean report', () => {
    for (const key of ['t3.total.natural', 't3.granted.total', 't4.suitDirect.total', 't3.total.total']) {
      const broken = withCell(base, key, (base.cells[key] as number) + 3)
      for (const w of check(broken).filter((x) => x.fix && x.fix.set[key] !== undefined)) {
        expect(w.fix!.set[key]).toBe(base.cells[key])
      }
      expect(check({ ...broken, cells: { ...broken.cells, [key]: base.cells[key] } })).toEqual([])
    }
  })
})
