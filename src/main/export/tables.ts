import type { Table } from 'docx'
import { LAYOUTS, layoutOf, type TableId } from '../../shared/form'
import type { Report } from '../../shared/report/types'
import type { BlankAs, Typography } from '../../shared/settings'
import { docxTable, type TableStyle } from './table-docx'
import { tableSizePt } from './table-size'

// How each of the three tables is set: 四's fifteen columns need 五号 or smaller; 三 and 四 repeat
// their header rows when they break across pages; 二's captioned blocks have no common header.

function styleOf(table: TableId, typography: Typography): TableStyle {
  return { sizePt: tableSizePt(table, typography), repeatHeader: table !== 't2' }
}

export function reportTable(report: Report, table: TableId, blankAs: BlankAs, typography: Typography, textWidth: number): Table {
  return docxTable({
    def: LAYOUTS[layoutOf(report.format, report.cells)].tables[table],
    cells: report.cells,
    blankAs,
    typography,
    textWidth,
    style: styleOf(table, typography)
  })
}
