import type { TableLayout } from '../../../shared/form'
import { GridRow, type GridRowProps } from './grid-row'

/**
 * The rows of a grid: the header rows as a <thead> (frozen at the top while the body scrolls under
 * it, see grid-scroll), the rest as the <tbody>.
 */
export function GridBody({ layout, ...rowProps }: { layout: TableLayout } & Omit<GridRowProps, 'row'>) {
  const draw = (rows: TableLayout['rows']) => rows.map((row, ri) => <GridRow key={ri} row={row} {...rowProps} />)
  const head = layout.rows.slice(0, layout.headerRows)
  return (
    <>
      {head.length > 0 && <thead>{draw(head)}</thead>}
      <tbody>{draw(layout.rows.slice(layout.headerRows))}</tbody>
    </>
  )
}
