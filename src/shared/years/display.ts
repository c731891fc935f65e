import type { FigureValue } from './figure-value'
import type { YearChange } from './series'

// How values and changes read in the table and in the exported image (one wording for both).

function number(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10000) / 10000)
}

function signed(n: number): string {
  return n > 0 ? `+${number(n)}` : n < 0 ? `−${number(-n)}` : '0'
}

export function valueText(v: FigureValue): string {
  switch (v.kind) {
    case 'number':
      return v.partial ? `${number(v.value)}*` : number(v.value)
    case 'blank':
      return '未填'
    case 'notApplicable':
      return '/'
    case 'notInFormat':
      return '格式无此项'
    case 'noReport':
      return '无报告'
  }
}

/** "+12（+25.0%）", "−3（−100.0%）", "+5（上年为0）"; '' where no change is given (see changeNote). */
export function changeText(c: YearChange): string {
  if (c.kind === 'none') return ''
  if (c.absolute === 0) return '0（持平）'
  if (c.percent === null) return `${signed(c.absolute)}（上年为0）`
  const pct = Math.round(c.percent * 10) / 10
  return `${signed(c.absolute)}（${pct > 0 ? '+' : pct < 0 ? '−' : ''}${Math.abs(pct).toFixed(1)}%）`
}

/** Why no change is shown, for a tooltip or a note; '' when there is a change or nothing to say. */
export function changeNote(c: YearChange): string {
  if (c.kind === 'change') return ''
  switch (c.reason) {
    case 'notComparable':
      return '格式变更，不可比'
    case 'noPrevious':
      return '上年无报告'
    case 'noPreviousValue':
      return '上年无数值'
    default:
      return ''
  }
}

export const VALUE_NOTES = '* 部分单元格未填，合计可能偏小；“格式无此项”：该年度所用格式没有这一项。'
