import type { LayoutId } from '../form/types'
import { isBlank, isNotApplicable } from '../report/values'
import type { Cells } from '../report/types'
import { figureCells } from './figure-cells'
import type { KeyFigure } from './key-figures'

// A key figure's value in one report: the sum of its cells, or why there is none. A sum over cells
// some of which are blank is kept but marked partial: a wrong number is worse than a marked one.

export type FigureValue =
  | { kind: 'number'; value: number; /** Some of its cells are blank or not numbers. */ partial: boolean }
  /** Every cell blank (or text that is not a number). */
  | { kind: 'blank' }
  /** Every cell "/" (not applicable). */
  | { kind: 'notApplicable' }
  /** The report's format has none of the figure's cells. */
  | { kind: 'notInFormat' }
  /** No report for that year. */
  | { kind: 'noReport' }

export function figureValue(figure: KeyFigure, layout: LayoutId, cells: Readonly<Cells>): FigureValue {
  const infos = figureCells(figure, layout)
  if (infos.length === 0) return { kind: 'notInFormat' }
  let sum = 0
  let numbers = 0
  let missing = 0
  let notApplicable = 0
  for (const { key } of infos) {
    const v = cells[key]
    if (typeof v === 'number') {
      sum += v
      numbers++
    } else if (isNotApplicable(v)) notApplicable++
    else if (isBlank(v) || typeof v === 'string') missing++
  }
  if (numbers === 0) return notApplicable > 0 && missing === 0 ? { kind: 'notApplicable' } : { kind: 'blank' }
  // Amounts in 万元 add up with binary noise (0.1 + 0.2): round to what the cells can hold.
  return { kind: 'number', value: Math.round(sum * 1e6) / 1e6, partial: missing > 0 }
}
