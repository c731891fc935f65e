// The official form, described as data. Every label the app shows or writes comes from here.

export type FormatId = '2019' | '2021'

/**
 * How a report's tables are laid out: its format's, or the mixed layout real reports use — the
 * 2021 tables with 三（六）其他处理 as the single row of 2019 (flagged V1, printed as published).
 */
export type LayoutId = FormatId | '2021-other2019'
export type TableId = 't2' | 't3' | 't4'
export type TextSectionKey = 'overview' | 'problems' | 'other'
/** Every editable text: the form's text sections and the 前言 above section 一 (no heading of its own). */
export type TextKey = TextSectionKey | 'preface'
export type SectionKey = TextSectionKey | TableId

/** What a cell may hold, which drives both validation (C6) and input parsing. */
export type ValueKind =
  | 'count' // non-negative integer
  | 'signedCount' // signed integer (2019 本年增/减)
  | 'amount' // non-negative decimal (万元, or 元/万元 written in the cell)

export interface ColumnDef {
  key: string
  /** The column's own header label, exactly as printed. */
  label: string
  kind: ValueKind
  /** Unit the value is expressed in, where the form prints one. */
  unit?: string
  /** Header groups above this column, outermost first (e.g. 申请人情况 › 法人或其他组织). */
  groups: readonly HeaderGroup[]
}

export interface HeaderGroup {
  key: string
  label: string
}

export interface RowDef {
  key: string
  /** The row's own label, exactly as printed. */
  label: string
  /** Label groups to the left of this row, outermost first (e.g. 三、本年度办理结果 › （三）不予公开). */
  groups: readonly HeaderGroup[]
}

/** One captioned block of table 二: caption row, header row, value rows. */
export interface BlockDef {
  key: string
  caption: string
  /** Header of the row-label column (信息内容). */
  rowHeader: string
  columns: readonly ColumnDef[]
  rows: readonly RowDef[]
}

/** Table 二: a bordered table of captioned blocks whose columns differ per block. */
export interface BlockTableDef {
  id: 't2'
  shape: 'blocks'
  /** Grid columns of the whole table; a block with fewer value columns stretches its last column. */
  gridColumns: number
  blocks: readonly BlockDef[]
  /** Column widths in twentieths of a point, from the official template. */
  widths: readonly number[]
}

/** Tables 三 and 四: one header (possibly merged) over a grid of rows × columns. */
export interface GridTableDef {
  id: 't3' | 't4'
  shape: 'grid'
  /** Text of the top-left corner cell spanning the label columns and header rows, if any. */
  corner?: string
  /** How many label columns stand left of the values (三: 3; 四: 0). */
  labelColumns: number
  columns: readonly ColumnDef[]
  rows: readonly RowDef[]
  /** Widths in twentieths of a point: label columns, then value columns. */
  widths: readonly number[]
}

export type TableDef = BlockTableDef | GridTableDef

export interface SectionDef {
  key: SectionKey
  /** Heading as printed, with its 一、 numbering. */
  heading: string
  kind: 'text' | 'table'
  /** Usual sub-headings of a text section (a suggestion for drafting, not a rule). */
  subHeadings?: readonly string[]
  /** What the official template asks for in a text section. */
  prompt?: string
}

export interface FormDef {
  id: FormatId
  /** Human name of the format, e.g. 2021年版格式. */
  name: string
  /** The notice that issued it. */
  notice: string
  sections: readonly SectionDef[]
  tables: { t2: BlockTableDef; t3: GridTableDef; t4: GridTableDef }
}
