import type { TableLayout } from '../../../shared/form'
import { GridRow, type GridRowProps } from './grid-row'

const NO_KEYS: ReadonlySet<string> = new Set()

/**
 * The rows of a grid: the header rows as a <thead> (frozen at the top while the body scrolls under
 * it, see grid-scroll), the rest as the <tbody>.
 */
export function GridBody({ layout, computed = NO_KEYS, ...rowProps }: { layout: TableLayout; computed?: ReadonlySet<string> } & Omit<GridRowProps, 'row' | 'computed'>) {
  const draw = (rows: TableLayout['rows']) => rows.map((row, ri) => <GridRow key={ri} row={row} computed={computed} {...rowProps} />)
  const head = layout.rows.slice(0, layout.headerRows)
  return (
    <>
      {head.length > 0 && <thead>{draw(head)}</thead>}
      <tbody>{draw(layout.rows.slice(layout.headerRows))}</tbody>
    </>
  )
}
