import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkAreaComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

// Only the ECharts parts the years charts use (bar chart, its components, the canvas renderer,
// which can also give the PNG for the export). Imported by years-charts.tsx only, which the
// years screen loads on demand: none of this is in the editor's bundle.

echarts.use([BarChart, GridComponent, LegendComponent, MarkAreaComponent, TitleComponent, TooltipComponent, CanvasRenderer])

export { echarts }
