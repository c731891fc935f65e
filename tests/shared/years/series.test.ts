import { describe, expect, it } from 'vitest'
import { honestReport, loadCorpus, yearPairs, type CorpusEntry } from '../../../scripts/corpus/load'
import { buildYearsTable, type FigureRow, type YearReport, type YearsTable } from '../../../src/shared/years/series'

// The key figures across years on real reports of the corpus: the agencies published in two
// consecutive years, and reports of other agencies standing in for years of one to test gaps and changes.

const corpus = loadCorpus()

function yearReport(entry: CorpusEntry, as?: { agency: string; year: number }): YearReport {
  const x = honestReport(entry, corpus)
  return { id: entry.name, agency: as?.agency ?? x.agency, year: as?.year ?? x.year, format: x.format, cells: x.cells }
}

const byName = (name: string) => corpus.find((e) => e.name === name)!
const row = (t: YearsTable, id: string): FigureRow => t.groups.flatMap((g) => g.rows).find((r) => r.id === id)!
/** A sum written out from the truth file's cells (blank cells count for nothing). */
const sum = (e: CorpusEntry, keys: string[]) => keys.reduce((s, k) => s + (typeof e.truth.cells[k] === 'number' ? (e.truth.cells[k] as number) : 0), 0)

describe('key figures across years of one agency (real corpus)', () => {
  const pairs = yearPairs(corpus)

  it('the corpus holds agencies published in consecutive years, across a format change', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(2)
    expect(pairs.some((p) => p.previous.truth.format !== p.current.truth.format)).toBe(true)
  })

  it('marks the format change and gives no change for a figure whose cells differ between the formats', () => {
    for (const { previous, current } of pairs) {
      const t = buildYearsTable([yearReport(previous), yearReport(current)])
      expect(t.years.map((y) => y.year)).toEqual([previous.truth.year, current.truth.year])
      const changed = previous.truth.format !== current.truth.format
      expect(t.years[1].formatChanged, current.name).toBe(changed)
      if (!changed) continue
      // 本年制发件数 only exists in the 2021 table 二.
      const issued = row(t, 'issued')
      expect(issued.cells[0].value.kind).toBe('notInFormat')
      expect(issued.cells[1].change).toEqual({ kind: 'none', reason: 'notComparable' })
      // 表三 新收 is the same cell in both formats: comparable, but the excerpts hold no table 三.
      expect(row(t, 'new').cells[1].change).toEqual({ kind: 'none', reason: 'noValue' })
    }
  })

  it('sums 处理决定 over the rows the report shows, marked partial when some are blank (开阳 2020, cut inside table 二)', () => {
    const previous = byName('kaiyang-scjgj-2020-page')
    const current = byName('kaiyang-scjgj-2021-page')
    const t = buildYearsTable([yearReport(previous), yearReport(current)])
    const decisions = row(t, 'decisions')
    const expected = sum(previous, ['t2.licensing.decisions', 't2.penalty.decisions', 't2.enforcement.decisions'])
    expect(expected).toBeGreaterThan(0)
    expect(decisions.cells[0].value).toEqual({ kind: 'number', value: expected, partial: true })
    // Same cells in both formats (its label changed to 本年处理决定数量): comparable, yet no value in 2021.
    expect(decisions.cells[1].value).toEqual({ kind: 'blank' })
    expect(decisions.cells[1].change).toEqual({ kind: 'none', reason: 'noValue' })
  })

  it('compares by the layout the report uses, not by its year (底张 2023 published in the 2019 format)', () => {
    const t = buildYearsTable([yearReport(byName('xixian-dizhang-2023-page')), yearReport(byName('xixian-dizhang-2024-page'))])
    expect(t.years.map((y) => [y.year, y.report?.layout])).toEqual([
      [2023, '2019'],
      [2024, '2021']
    ])
    expect(t.years[1].formatChanged).toBe(true)
    expect(row(t, 'fees').cells[0].value.kind).toBe('notInFormat')
    // Two years of the 2019 layout have no 收费金额 either: nothing to compare, not a format change.
    const both2019 = buildYearsTable([yearReport(byName('kaiyang-scjgj-2020-page')), yearReport(byName('kaiyang-scjgj-2020-page'), { agency: '开阳县市场监督管理局', year: 2021 })])
    expect(row(both2019, 'fees').cells[1].change).toEqual({ kind: 'none', reason: 'noValue' })
  })

  it('keeps years without a report as columns and gives no change across them', () => {
    const agency = '测试用机关'
    const t = buildYearsTable([
      yearReport(byName('shanghai-bgt-2019-repo'), { agency, year: 2019 }),
      yearReport(byName('erdao-fwzs-2022-page'), { agency, year: 2022 }),
      yearReport(byName('longgang-2024-page'), { agency, year: 2024 })
    ])
    expect(t.years.map((y) => [y.year, y.report !== null])).toEqual([
      [2019, true],
      [2020, false],
      [2021, false],
      [2022, true],
      [2023, false],
      [2024, true]
    ])
    // The format change is marked on the first report after the gap.
    expect(t.years.map((y) => y.formatChanged)).toEqual([false, false, false, true, false, false])
    const received = row(t, 'new')
    expect(received.cells.map((c) => c.value.kind)).toEqual(['number', 'noReport', 'noReport', 'number', 'noReport', 'number'])
    expect(received.cells.map((c) => (c.change.kind === 'none' ? c.change.reason : 'change'))).toEqual([
      'first',
      'noReport',
      'noReport',
      'noPrevious',
      'noReport',
      'noPrevious'
    ])
    expect(received.cells[0].value).toEqual({ kind: 'number', value: byName('shanghai-bgt-2019-repo').truth.cells['t3.new.total'], partial: false })
  })

  it('gives the change from the year before, absolute and in per cent, for comparable figures', () => {
    const agency = '测试用机关'
    const before = byName('erdao-fwzs-2022-page')
    const after = byName('haizhu-guanzhou-2023-page')
    const t = buildYearsTable([yearReport(before, { agency, year: 2022 }), yearReport(after, { agency, year: 2023 })])
    // carriedOver is 0 in both: no per cent from a zero base.
    for (const id of ['new', 'carriedOver'] as const) {
      const key = `t3.${id}.total`
      const a = before.truth.cells[key] as number
      const b = after.truth.cells[key] as number
      const change = row(t, id).cells[1].change
      expect(change.kind).toBe('change')
      if (change.kind !== 'change') continue
      expect(change.absolute).toBe(b - a)
      expect(change.percent).toBe(a === 0 ? null : ((b - a) / a) * 100)
    }
    const denied = ['stateSecret', 'lawForbidden', 'threeSafety', 'thirdParty', 'internal', 'process', 'enforcementFile', 'adminQuery'].map((r) => `t3.denied.${r}.total`)
    // 二道 left 予以公开 blank: no change from a blank.
    expect(row(t, 'granted').cells[1].change).toEqual({ kind: 'none', reason: 'noPreviousValue' })
    // 海珠's excerpt stops inside 不予公开: the sum of the rows it shows, marked partial.
    expect(row(t, 'denied').cells[1].value).toEqual({ kind: 'number', value: sum(after, denied), partial: true })
  })

  it('refuses two reports for the same year', () => {
    const r = yearReport(byName('erdao-fwzs-2022-page'))
    expect(() => buildYearsTable([r, { ...r, id: 'other' }])).toThrow(/2022年有两份报告/)
  })
})
