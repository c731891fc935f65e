import { describe, expect, it } from 'vitest'
import { chartsOf } from '../../../../src/renderer/src/screens/years/chart-options'
import { buildYearsTable } from '../../../../src/shared/years/series'

// The chart options drawn from the years table: one chart a group, the sum (总计) left out of the
// bars, blanks as gaps (never 0), the changed format's year shaded, 万元 on its own axis.

const table = buildYearsTable([
  { id: 'a', agency: '某局', year: 2019, format: '2019', cells: { 't3.new.total': 5, 't3.granted.total': 2, 't3.total.total': 4 } },
  { id: 'b', agency: '某局', year: 2021, format: '2021', cells: { 't3.new.total': 8, 't2.fees.amount': 1.5, 't2.regulations.issued': 2 } }
])

describe('years charts', () => {
  const charts = chartsOf(table)
  const byGroup = (g: string) => charts.find((c) => c.group === g)!

  it('draws one chart per group, titled with the group heading', () => {
    expect(charts.map((c) => c.title)).toEqual(table.groups.map((g) => g.heading))
  })

  it('keeps years without a report on the axis, and blanks as gaps', () => {
    const xAxis = byGroup('applications').option.xAxis as { data: string[] }
    expect(xAxis.data).toEqual(['2019年', '2020年\n（无报告）', '2021年'])
    expect(byGroup('applications').series[0].values).toEqual([5, null, 8])
    expect(byGroup('applications').series[1].values).toEqual([null, null, null])
  })

  it('leaves 总计 out of the results chart (it is the sum of the bars)', () => {
    const names = byGroup('results').series.map((s) => s.name)
    expect(names).toHaveLength(table.groups.find((g) => g.group === 'results')!.rows.length - 1)
    expect(names).not.toContain('总计')
  })

  it('shades the year the format changed and puts 万元 on a second axis', () => {
    const series = byGroup('proactive').option.series as { markArea?: { data: unknown[] }; yAxisIndex: number; name: string }[]
    expect(series[0].markArea!.data).toEqual([[{ xAxis: '2021年', name: '格式变更' }, { xAxis: '2021年' }]])
    expect(series.filter((s) => s.yAxisIndex === 1).map((s) => s.name)).toEqual([expect.stringContaining('万元')])
    expect(byGroup('proactive').series.find((s) => s.name.includes('万元'))!.values).toEqual([null, null, 1.5])
  })
})
