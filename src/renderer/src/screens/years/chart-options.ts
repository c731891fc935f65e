import type { BarSeriesOption } from 'echarts/charts'
import type { GridComponentOption, LegendComponentOption, MarkAreaComponentOption, TitleComponentOption, TooltipComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { CHART_EXCLUDED } from '../../../../shared/years/key-figures'
import type { FigureGroupRows, YearsTable } from '../../../../shared/years/series'

// One bar chart per group of key figures, as ECharts options: years along the bottom (a year with
// no report keeps its place, empty), one bar per figure, the year the format changed shaded.
// Pure data: only types come from echarts here, so this file costs the main bundle nothing.

export type YearsChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TitleComponentOption | TooltipComponentOption | MarkAreaComponentOption
>

/** The app's own font stack, installed with the system: nothing is fetched. */
export const CHART_FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'

const COLORS = ['#1d4f91', '#c0504d', '#9bbb59', '#8064a2', '#4bacc6', '#f79646', '#7f6000', '#2c7873']

export function yearLabel(year: number, hasReport: boolean): string {
  return hasReport ? `${year}年` : `${year}年\n（无报告）`
}

export interface YearsChart {
  group: FigureGroupRows['group']
  title: string
  option: YearsChartOption
  /** Figures drawn (the chart's series), for tests and the page's accessible description. */
  series: { name: string; values: (number | null)[] }[]
}

export function chartOf(table: YearsTable, group: FigureGroupRows): YearsChart {
  const categories = table.years.map((y) => yearLabel(y.year, y.report !== null))
  const rows = group.rows.filter((r) => !CHART_EXCLUDED.has(r.id))
  const hasUnit = rows.some((r) => r.unit)
  const series = rows.map((r) => ({
    name: r.name,
    values: r.cells.map((c) => (c.value.kind === 'number' ? c.value.value : null)),
    second: Boolean(r.unit)
  }))
  const changes = table.years.flatMap((y, i) => (y.formatChanged ? [categories[i]] : []))
  const option: YearsChartOption = {
    animation: false,
    color: COLORS,
    textStyle: { fontFamily: CHART_FONT },
    title: { text: group.heading, left: 'center', top: 4, textStyle: { fontSize: 14, fontFamily: CHART_FONT } },
    tooltip: { trigger: 'axis' },
    legend: { top: 32, type: 'plain', textStyle: { fontSize: 11 } },
    grid: { top: 32 + 22 * Math.ceil(rows.length / 3) + 24, left: 48, right: hasUnit ? 56 : 20, bottom: 40 },
    xAxis: { type: 'category', data: categories },
    yAxis: hasUnit
      ? [
          { type: 'value', name: '件', minInterval: 1 },
          { type: 'value', name: rows.find((r) => r.unit)!.unit, splitLine: { show: false } }
        ]
      : [{ type: 'value', name: '件', minInterval: 1 }],
    series: series.map(
      (s, i): BarSeriesOption => ({
        type: 'bar',
        name: s.name,
        data: s.values.map((v) => v ?? '-'),
        yAxisIndex: s.second ? 1 : 0,
        barMaxWidth: 28,
        markArea:
          i === 0 && changes.length > 0
            ? {
                silent: true,
                itemStyle: { color: 'rgba(255, 244, 214, 0.7)' },
                label: { color: '#9a6700', position: 'top', fontSize: 11 },
                data: changes.map((c) => [{ xAxis: c, name: '格式变更' }, { xAxis: c }])
              }
            : undefined
      })
    )
  }
  return { group: group.group, title: group.heading, option, series: series.map(({ name, values }) => ({ name, values })) }
}

export function chartsOf(table: YearsTable): YearsChart[] {
  return table.groups.map((g) => chartOf(table, g))
}
