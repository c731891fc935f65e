import type { TableId } from '../form/types'

// The key figures a reviewer compares across years, as data: which cells of the form each one sums.
// Labels are never written here: they come from the form definition (figure-label.ts), and so does
// whether two years are comparable (same cells in both layouts, figure-cells.ts).

export type FigureGroup = 'applications' | 'results' | 'appeals' | 'proactive'

/**
 * Cells of one table: a row and a column key, each meaning "this one and every one under it"
 * (row "denied" takes denied.stateSecret … denied.adminQuery). Table 四's single row is "".
 */
export interface CellPattern {
  table: TableId
  row: string
  column: string
}

export interface KeyFigure {
  id: string
  group: FigureGroup
  /** The figure is the sum of every cell these patterns match in a report's layout. */
  cells: readonly CellPattern[]
  /** Which header labels name the figure: the rows' (表三), the columns' (表四) or both (表二). */
  labelFrom: 'row' | 'column' | 'both'
}

const t3 = (row: string): CellPattern => ({ table: 't3', row, column: 'total' })
const t4 = (...columns: string[]): CellPattern[] => columns.map((column) => ({ table: 't4', row: '', column }))
const t2 = (column: string, ...rows: string[]): CellPattern[] => rows.map((row) => ({ table: 't2', row, column }))

/** Groups in the order the screen shows them. */
export const FIGURE_GROUPS: readonly FigureGroup[] = ['applications', 'results', 'appeals', 'proactive']

export const KEY_FIGURES: readonly KeyFigure[] = [
  { id: 'new', group: 'applications', cells: [t3('new')], labelFrom: 'row' },
  { id: 'carriedOver', group: 'applications', cells: [t3('carriedOver')], labelFrom: 'row' },
  { id: 'granted', group: 'results', cells: [t3('granted')], labelFrom: 'row' },
  { id: 'partial', group: 'results', cells: [t3('partial')], labelFrom: 'row' },
  { id: 'denied', group: 'results', cells: [t3('denied')], labelFrom: 'row' },
  { id: 'unable', group: 'results', cells: [t3('unable')], labelFrom: 'row' },
  { id: 'rejected', group: 'results', cells: [t3('rejected')], labelFrom: 'row' },
  // 2019's single （六） row and 2021's three sub-rows are different cells: not comparable.
  { id: 'other', group: 'results', cells: [t3('other')], labelFrom: 'row' },
  { id: 'resultsTotal', group: 'results', cells: [t3('total')], labelFrom: 'row' },
  { id: 'reviewTotal', group: 'appeals', cells: t4('review.total'), labelFrom: 'column' },
  { id: 'reviewCorrected', group: 'appeals', cells: t4('review.corrected'), labelFrom: 'column' },
  { id: 'suitTotal', group: 'appeals', cells: t4('suitDirect.total', 'suitAfterReview.total'), labelFrom: 'column' },
  { id: 'suitCorrected', group: 'appeals', cells: t4('suitDirect.corrected', 'suitAfterReview.corrected'), labelFrom: 'column' },
  { id: 'issued', group: 'proactive', cells: t2('issued', 'regulations', 'normativeDocs'), labelFrom: 'both' },
  { id: 'repealed', group: 'proactive', cells: t2('repealed', 'regulations', 'normativeDocs'), labelFrom: 'both' },
  { id: 'inForce', group: 'proactive', cells: t2('inForce', 'regulations', 'normativeDocs'), labelFrom: 'both' },
  { id: 'decisions', group: 'proactive', cells: t2('decisions', 'licensing', 'penalty', 'enforcement'), labelFrom: 'both' },
  { id: 'fees', group: 'proactive', cells: t2('amount', 'fees'), labelFrom: 'both' }
]

/** Figures left out of a group's chart because they are the sum of the others shown (总计). */
export const CHART_EXCLUDED: ReadonlySet<string> = new Set(['resultsTotal'])
