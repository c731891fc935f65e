import { changeNote, changeText, valueText, VALUE_NOTES } from '../../../../shared/years/display'
import type { YearsTable } from '../../../../shared/years/series'
import { CHART_FONT } from './chart-options'
import type { ChartImage } from './years-charts'
import { yearSubtitle } from './years-table'

// The table and the charts drawn into one PNG for the report: the same texts as on screen, in the
// system's Chinese font (nothing fetched), at twice the screen's pixels so it prints sharply.

const SCALE = 2
const PAD = 24
const LABEL_W = 250
const YEAR_W = 118
const HEAD_H = 58
const GROUP_H = 26
const ROW_H = 40
const CHART_GAP = 16

async function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image()
  img.src = url
  await img.decode()
  return img
}

function font(size: number, weight = 'normal'): string {
  return `${weight} ${size}px ${CHART_FONT}`
}

/** Fits a text into a width by cutting it with "…" (labels are long; the full one is on screen). */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text
  let t = text
  while (t.length > 1 && ctx.measureText(`${t}…`).width > width) t = t.slice(0, -1)
  return `${t}…`
}

/** The PNG as base64 (no data: prefix), ready for files:exportImage. */
export async function composeYearsImage(title: string, table: YearsTable, charts: ChartImage[]): Promise<string> {
  const tableW = LABEL_W + YEAR_W * table.years.length
  const width = Math.max(1000, tableW + PAD * 2)
  const rows = table.groups.reduce((n, g) => n + g.rows.length, 0)
  const tableH = HEAD_H + table.groups.length * GROUP_H + rows * ROW_H
  const chartW = (width - PAD * 2 - CHART_GAP) / 2
  const images = await Promise.all(charts.map((c) => loadImage(c.dataUrl)))
  const chartHs = charts.map((c) => (chartW * c.height) / c.width)
  let chartsH = 0
  for (let i = 0; i < charts.length; i += 2) chartsH += Math.max(chartHs[i], chartHs[i + 1] ?? 0) + CHART_GAP
  const height = PAD + 36 + tableH + 16 + 20 + chartsH + PAD

  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(width * SCALE)
  canvas.height = Math.ceil(height * SCALE)
  const ctx = canvas.getContext('2d')!
  ctx.scale(SCALE, SCALE)
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, width, height)
  ctx.textBaseline = 'middle'

  ctx.fillStyle = '#1f2329'
  ctx.font = font(18, 'bold')
  ctx.textAlign = 'center'
  ctx.fillText(fit(ctx, title, width - PAD * 2), width / 2, PAD + 12)

  // The table.
  const x0 = (width - tableW) / 2
  let y = PAD + 36
  const colX = (i: number) => x0 + LABEL_W + YEAR_W * i
  ctx.strokeStyle = '#8a9099'
  ctx.lineWidth = 0.6
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.beginPath()
    ctx.moveTo(x1, y1)
    ctx.lineTo(x2, y2)
    ctx.stroke()
  }
  ctx.fillStyle = '#eef1f5'
  ctx.fillRect(x0, y, tableW, HEAD_H)
  ctx.textAlign = 'center'
  table.years.forEach((yr, i) => {
    const cx = colX(i) + YEAR_W / 2
    ctx.fillStyle = '#1f2329'
    ctx.font = font(13, 'bold')
    ctx.fillText(`${yr.year}年`, cx, y + 14)
    ctx.font = font(10)
    ctx.fillStyle = '#6b7280'
    ctx.fillText(fit(ctx, yearSubtitle(yr), YEAR_W - 6), cx, y + 31)
    if (yr.formatChanged) {
      ctx.fillStyle = '#9a6700'
      ctx.fillText('格式变更', cx, y + 46)
    }
  })
  ctx.fillStyle = '#1f2329'
  ctx.font = font(13, 'bold')
  ctx.fillText('项目', x0 + LABEL_W / 2, y + HEAD_H / 2)
  line(x0, y, x0 + tableW, y)
  y += HEAD_H
  for (const g of table.groups) {
    line(x0, y, x0 + tableW, y)
    ctx.fillStyle = '#f6f7f9'
    ctx.fillRect(x0, y, tableW, GROUP_H)
    ctx.fillStyle = '#1d4f91'
    ctx.font = font(12, 'bold')
    ctx.textAlign = 'left'
    ctx.fillText(g.heading, x0 + 8, y + GROUP_H / 2)
    y += GROUP_H
    for (const r of g.rows) {
      line(x0, y, x0 + tableW, y)
      ctx.textAlign = 'left'
      ctx.fillStyle = '#1f2329'
      ctx.font = font(12)
      ctx.fillText(fit(ctx, r.name, LABEL_W - 16), x0 + 8, y + ROW_H / 2)
      ctx.textAlign = 'center'
      r.cells.forEach((c, i) => {
        const cx = colX(i) + YEAR_W / 2
        ctx.font = font(13)
        ctx.fillStyle = c.value.kind === 'number' ? '#1f2329' : '#6b7280'
        const text = changeText(c.change) || changeNote(c.change)
        ctx.fillText(valueText(c.value), cx, text ? y + 13 : y + ROW_H / 2)
        const up = c.change.kind === 'change' && c.change.absolute > 0
        const down = c.change.kind === 'change' && c.change.absolute < 0
        ctx.font = font(10)
        ctx.fillStyle = up || down ? '#3b4250' : c.change.kind === 'none' && c.change.reason === 'notComparable' ? '#9a6700' : '#6b7280'
        ctx.fillText(fit(ctx, text, YEAR_W - 6), cx, y + 29)
      })
      for (const x of table.years.map((_, i) => colX(i))) line(x, y, x, y + ROW_H)
      y += ROW_H
    }
  }
  line(x0, y, x0 + tableW, y)
  for (const x of [x0, x0 + tableW]) line(x, PAD + 36, x, y)
  for (const x of table.years.map((_, i) => colX(i))) line(x, PAD + 36, x, PAD + 36 + HEAD_H)
  ctx.textAlign = 'left'
  ctx.font = font(10)
  ctx.fillStyle = '#6b7280'
  ctx.fillText(fit(ctx, VALUE_NOTES, tableW), x0, y + 14)
  y += 36

  // The charts, two a row.
  images.forEach((img, i) => {
    const x = PAD + (i % 2) * (chartW + CHART_GAP)
    ctx.drawImage(img, x, y, chartW, chartHs[i])
    if (i % 2 === 1 || i === images.length - 1) y += Math.max(chartHs[i - (i % 2)], chartHs[i - (i % 2) + 1] ?? 0) + CHART_GAP
  })
  return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length)
}
