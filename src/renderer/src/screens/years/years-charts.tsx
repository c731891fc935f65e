import { useEffect, useMemo, useRef } from 'react'
import type { YearsTable } from '../../../../shared/years/series'
import { chartsOf, type YearsChart } from './chart-options'
import { echarts } from './echarts-setup'

// The charts of the years screen. Loaded with React.lazy, so ECharts arrives only with this screen.

export interface ChartImage {
  title: string
  dataUrl: string
  width: number
  height: number
}

/** Takes the charts as images, as drawn now (for the PNG export). */
export type ChartCapture = () => ChartImage[]

type Instances = Map<string, echarts.ECharts>

function Chart({ chart, instances }: { chart: YearsChart; instances: Instances }) {
  const el = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const instance = echarts.init(el.current!, undefined, { renderer: 'canvas' })
    instance.setOption(chart.option)
    instances.set(chart.group, instance)
    const resize = () => instance.resize()
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      instances.delete(chart.group)
      instance.dispose()
    }
  }, [chart, instances])
  const drawn = chart.series.filter((s) => s.values.some((v) => v !== null))
  return (
    <figure className="years-chart" data-testid="years-chart" data-group={chart.group} data-series={drawn.length}>
      <div ref={el} className="years-chart-canvas" role="img" aria-label={`${chart.title}：${drawn.map((s) => s.name).join('、') || '无数据'}`} />
    </figure>
  )
}

export default function YearsCharts({ table, captureRef }: { table: YearsTable; captureRef: { current: ChartCapture | null } }) {
  const charts = useMemo(() => chartsOf(table), [table])
  const instances = useMemo<Instances>(() => new Map(), [])
  useEffect(() => {
    captureRef.current = () =>
      charts.flatMap((c) => {
        const i = instances.get(c.group)
        if (!i) return []
        return [{ title: c.title, dataUrl: i.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), width: i.getWidth(), height: i.getHeight() }]
      })
    return () => {
      captureRef.current = null
    }
  }, [charts, instances, captureRef])
  return (
    <div className="years-charts" data-testid="years-charts">
      {charts.map((c) => (
        <Chart key={c.group} chart={c} instances={instances} />
      ))}
    </div>
  )
}
