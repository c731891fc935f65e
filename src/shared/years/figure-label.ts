import type { CellInfo } from '../form/cells'
import { TABLE_HEADINGS } from '../form/sections'
import type { ColumnDef, LayoutId, RowDef } from '../form/types'
import { figureCells } from './figure-cells'
import { KEY_FIGURES, type FigureGroup, type KeyFigure } from './key-figures'

// A key figure's name built from the form's own header labels (never typed here): what the cells it
// sums have in common, e.g. 三、本年度办理结果 › （三）不予公开 for the eight 不予公开 rows.

type Header = RowDef | ColumnDef

/** Header groups all share from the outside in, then the own label when it is the same for all. */
function commonPath(headers: readonly Header[]): string[] {
  if (headers.length === 0) return []
  const paths = headers.map((h) => h.groups.map((g) => g.label))
  const out: string[] = []
  for (let i = 0; i < paths[0].length && paths.every((p) => p[i] === paths[0][i]); i++) out.push(paths[0][i])
  const own = headers[0].label
  if (headers.every((h) => h.label === own)) out.push(own)
  return out.filter((s) => s !== '')
}

/** The header labels naming the figure in this layout; empty when the layout has none of its cells. */
export function figurePath(figure: KeyFigure, layout: LayoutId): string[] {
  const cells: readonly CellInfo[] = figureCells(figure, layout)
  const rows = figure.labelFrom === 'column' ? [] : commonPath(cells.map((c) => c.row))
  const columns = figure.labelFrom === 'row' ? [] : commonPath(cells.map((c) => c.column))
  return [...rows, ...columns]
}

/** The layouts newest first: a figure is named as the newest format prints it. */
const NEWEST_FIRST: readonly LayoutId[] = ['2021', '2021-other2019', '2019']

export interface FigureName {
  /** Heading of the figure's group, shared by every figure in it. */
  group: string
  /** The figure's own part of the path, without the group heading. */
  path: string[]
  /** Unit of the figure's cells, when the form prints one (万元). */
  unit?: string
}

function pathIn(figure: KeyFigure, layouts: readonly LayoutId[]): { path: string[]; unit?: string } {
  for (const layout of [...NEWEST_FIRST].filter((l) => layouts.includes(l)).concat(NEWEST_FIRST)) {
    const path = figurePath(figure, layout)
    if (path.length > 0) return { path, unit: figureCells(figure, layout)[0]?.unit }
  }
  return { path: [figure.id] }
}

/** Names of every figure of a group, as the given layouts print them (the newest first). */
export function groupNames(group: FigureGroup, layouts: readonly LayoutId[]): Map<string, FigureName> {
  const figures = KEY_FIGURES.filter((f) => f.group === group)
  const paths = figures.map((f) => pathIn(f, layouts))
  // What every figure of the group shares is the group's heading (三、本年度办理结果); else its table's.
  let shared = 0
  while (paths.every((p) => shared < p.path.length - 1 && p.path[shared] === paths[0].path[shared])) shared++
  const table = figures[0].cells[0].table
  const heading = shared > 0 ? paths[0].path.slice(0, shared).join(' › ') : TABLE_HEADINGS[table]
  return new Map(figures.map((f, i) => [f.id, { group: heading, path: paths[i].path.slice(shared), unit: paths[i].unit }]))
}

/** "一、本年新收…" → "本年新收…"; "（二）部分公开（区分处理的，…）" → "部分公开"; "（单位：万元）" dropped (the unit is shown apart). */
export function shortLabel(label: string): string {
  return label
    .replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)/, '')
    .replace(/（[^（）]*）$/, '')
    .trim()
}

/** The figure's name for a table row or a chart legend: its own path, shortened, unit appended. */
export function displayName(name: FigureName): string {
  const text = name.path.map(shortLabel).join(' › ')
  return name.unit ? `${text}（${name.unit}）` : text
}
