import { layoutOf } from '../form/formats'
import type { FormatId, LayoutId } from '../form/types'
import type { Cells } from '../report/types'
import { comparable } from './figure-cells'
import { displayName, groupNames } from './figure-label'
import { figureValue, type FigureValue } from './figure-value'
import { FIGURE_GROUPS, KEY_FIGURES, type FigureGroup } from './key-figures'

// The key figures of one agency across years: one column per year from the first to the last
// (a year with no report stays, marked), each value with its change from the year before.

/** What the table needs of a report. */
export interface YearReport {
  id: string
  agency: string
  year: number
  format: FormatId
  cells: Readonly<Cells>
}

export type YearChange =
  | { kind: 'change'; absolute: number; /** null when last year's value was 0. */ percent: number | null }
  /** No change to give: first year, no report or no value on either side, or a format change. */
  | { kind: 'none'; reason: 'first' | 'noReport' | 'noPrevious' | 'noValue' | 'noPreviousValue' | 'notComparable' }

export interface YearCell {
  year: number
  value: FigureValue
  change: YearChange
}

export interface FigureRow {
  id: string
  /** Short name (本年新收政府信息公开申请数量) and the full header path from the form. */
  name: string
  fullName: string
  unit?: string
  cells: YearCell[]
}

export interface FigureGroupRows {
  group: FigureGroup
  heading: string
  rows: FigureRow[]
}

export interface YearColumn {
  year: number
  report: { id: string; agency: string; format: FormatId; layout: LayoutId } | null
  /** The layout differs from the previous year's report: some figures are not comparable. */
  formatChanged: boolean
}

export interface YearsTable {
  years: YearColumn[]
  groups: FigureGroupRows[]
}

function change(figureId: string, value: FigureValue, previous: FigureValue | undefined, layouts: [LayoutId, LayoutId] | null): YearChange {
  if (previous === undefined) return { kind: 'none', reason: 'first' }
  if (value.kind === 'noReport') return { kind: 'none', reason: 'noReport' }
  // Not in this format at all: the value says so, there is no change to explain.
  if (value.kind === 'notInFormat') return { kind: 'none', reason: 'noValue' }
  if (!layouts) return { kind: 'none', reason: 'noPrevious' }
  const figure = KEY_FIGURES.find((f) => f.id === figureId)!
  if (!comparable(figure, layouts[0], layouts[1])) return { kind: 'none', reason: 'notComparable' }
  if (value.kind !== 'number') return { kind: 'none', reason: 'noValue' }
  if (previous.kind !== 'number') return { kind: 'none', reason: 'noPreviousValue' }
  const absolute = Math.round((value.value - previous.value) * 1e6) / 1e6
  return { kind: 'change', absolute, percent: previous.value === 0 ? null : (absolute / previous.value) * 100 }
}

/** The table for reports of one agency, at most one per year (a second report for a year is an error). */
export function buildYearsTable(reports: readonly YearReport[]): YearsTable {
  const byYear = new Map<number, YearReport>()
  for (const r of reports) {
    if (byYear.has(r.year)) throw new Error(`${r.year}年有两份报告，请只选一份`)
    byYear.set(r.year, r)
  }
  const present = [...byYear.keys()].sort((a, b) => a - b)
  const years: YearColumn[] = []
  if (present.length > 0) {
    for (let year = present[0]; year <= present[present.length - 1]; year++) {
      const r = byYear.get(year)
      const layout = r ? layoutOf(r.format, r.cells) : null
      // Against the last report before it, across any years without one.
      const prev = years.findLast((y) => y.report !== null)?.report
      years.push({
        year,
        report: r && layout ? { id: r.id, agency: r.agency, format: r.format, layout } : null,
        formatChanged: Boolean(layout && prev && prev.layout !== layout)
      })
    }
  }
  const layouts = [...new Set(years.flatMap((y) => (y.report ? [y.report.layout] : [])))]
  const groups = FIGURE_GROUPS.map((group): FigureGroupRows => {
    const names = groupNames(group, layouts)
    const rows = KEY_FIGURES.filter((f) => f.group === group).map((figure): FigureRow => {
      const name = names.get(figure.id)!
      const cells: YearCell[] = []
      years.forEach((column, i) => {
        const r = column.report ? byYear.get(column.year)! : null
        const value: FigureValue = r && column.report ? figureValue(figure, column.report.layout, r.cells) : { kind: 'noReport' }
        const before = i > 0 ? years[i - 1].report : null
        const pair: [LayoutId, LayoutId] | null = before && column.report ? [before.layout, column.report.layout] : null
        cells.push({ year: column.year, value, change: change(figure.id, value, cells[i - 1]?.value, pair) })
      })
      return { id: figure.id, name: displayName(name), fullName: [name.group, ...name.path].join(' › '), unit: name.unit, cells }
    })
    return { group, heading: names.values().next().value!.group, rows }
  })
  return { years, groups }
}
