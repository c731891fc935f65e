import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType
} from 'docx'
import type { TableDef } from '../../shared/form'
import { tableLayout, type LayoutCell } from '../../shared/form'
import type { Cells } from '../../shared/report/types'
import type { BlankAs, Typography } from '../../shared/settings'
import { cellText } from './cell-text'
import { STYLE } from './styles'
import { placeCells, type PlacedCell } from './table-grid'
import { keepWithNextRows } from './table-keep'
import { ptToHalfPoints, scaleWidths } from './units'

// One writer for every table of the form: the layout (from the shared form definition) says what
// goes where; this file only says how a cell looks in Word.

export interface TableStyle {
  sizePt: number
  /** Rows that do not split across pages, header rows repeated on each page. */
  repeatHeader: boolean
}

export interface TableInput {
  def: TableDef
  cells: Cells
  blankAs: BlankAs
  typography: Typography
  /** Text width of the page, in twips: the table fills it. */
  textWidth: number
  style: TableStyle
}

const CELL_MARGIN = 57 // 1 mm left and right, as the official template

/** The template's caption shading (二's "第二十条第（X）项" rows) and their 1 pt border. */
const CAPTION_FILL = 'C6D9F1'
const CAPTION_BORDER = { style: BorderStyle.SINGLE, size: 8, color: 'auto' }

function alignmentOf(cell: LayoutCell): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return cell.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER
}

function cellParagraph(text: string, cell: LayoutCell, input: TableInput, keepWithNext: boolean): Paragraph {
  const alignment = alignmentOf(cell)
  // Font and size come from the table paragraph style; 四 may be set smaller than the others.
  const size = input.style.sizePt === input.typography.tableSizePt ? undefined : ptToHalfPoints(input.style.sizePt)
  return new Paragraph({
    style: STYLE.table,
    alignment: alignment === AlignmentType.CENTER ? undefined : alignment,
    keepNext: keepWithNext || cell.kind === 'caption' || undefined,
    children: text === '' ? [] : [new TextRun(size ? { text, size } : text)]
  })
}

function docxCell(p: PlacedCell, input: TableInput, keepWithNext: boolean): TableCell {
  const text = p.merge === 'continue' ? '' : p.cell.kind === 'value' ? cellText(input.cells[p.cell.cellKey ?? ''], input.blankAs) : p.cell.text
  return new TableCell({
    children: [cellParagraph(text, p.cell, input, keepWithNext)],
    width: { size: p.width, type: WidthType.DXA },
    columnSpan: p.colSpan > 1 ? p.colSpan : undefined,
    verticalMerge: p.merge === 'restart' ? VerticalMergeType.RESTART : p.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    verticalAlign: p.cell.vAlign === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER,
    shading: p.cell.shaded ? { type: ShadingType.CLEAR, color: 'auto', fill: CAPTION_FILL } : undefined,
    borders: p.cell.shaded ? { top: CAPTION_BORDER, bottom: CAPTION_BORDER, left: CAPTION_BORDER, right: CAPTION_BORDER } : undefined
  })
}

export function docxTable(input: TableInput): Table {
  const layout = tableLayout(input.def)
  const widths = scaleWidths(layout.widths, input.textWidth)
  const placed = placeCells(layout, widths)
  const keep = keepWithNextRows(layout, widths, input.style.sizePt, input.typography)
  const rows = placed.map(
    (cells, r) =>
      new TableRow({
        // Word keeps a row with the next one when its paragraphs are "keep with next".
        children: cells.map((p) => docxCell(p, input, keep[r])),
        cantSplit: true,
        tableHeader: input.style.repeatHeader && r < layout.headerRows ? true : undefined
      })
  )
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN },
    alignment: AlignmentType.CENTER
  })
}
