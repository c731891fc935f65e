import { cellInfo, describeCell, type LayoutId } from '../../../shared/form'
import { formatCellValue, parseCellInput, type CellValue, type Cells } from '../../../shared/report'
import { rangeKeys, type GridModel, type Pos } from './grid-model'
import { placeByLabels } from './paste-labels'

// Tab-separated text as Excel and WPS put it on the clipboard, both ways.

/**
 * Splits clipboard text into rows of cells: "\r\n", "\r" or "\n" end rows, one trailing line end
 * is dropped, and quoted cells ("a""b", or a cell holding a line break) are unquoted.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let i = 0
  const n = text.length
  let atCellStart = true
  while (i < n) {
    const ch = text[i]
    if (atCellStart && ch === '"') {
      // A quoted cell: runs to the closing quote; "" is a literal quote.
      let j = i + 1
      let value = ''
      let closed = false
      while (j < n) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"'
            j += 2
            continue
          }
          closed = true
          j++
          break
        }
        value += text[j++]
      }
      if (closed && (j >= n || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) {
        cell = value
        i = j
        atCellStart = false
        continue
      }
      // Not a well-formed quoted cell: take the quote literally.
    }
    atCellStart = false
    if (ch === '\t') {
      row.push(cell)
      cell = ''
      atCellStart = true
      i++
    } else if (ch === '\r' || ch === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      atCellStart = true
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      cell += ch
      i++
    }
  }
  if (!atCellStart || cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}

export function toTsv(rows: readonly (readonly string[])[]): string {
  const quote = (s: string) => (/[\t\r\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
  return rows.map((row) => row.map(quote).join('\t')).join('\r\n') + '\r\n'
}

/** The selected range as clipboard text. */
export function copyRange(model: GridModel, a: Pos, b: Pos, cells: Cells): string {
  return toTsv(rangeKeys(model, a, b).map((row) => row.map((key) => formatCellValue(cells[key]))))
}

export interface PastePlan {
  set: Record<string, CellValue>
  /** Pasted text that is not a valid value: kept (rule C6 flags it), listed for the notice. */
  problems: { key: string; message: string }[]
  /** Clipboard cells that fell outside the table. */
  dropped: number
  /** Leading columns of row names left out; `moved` when they put the block on other rows than selected. */
  labels?: { columns: number; moved: boolean }
  /** Row names that match no row where the block would go: nothing is pasted. */
  refused?: string
}

/**
 * Where pasted cells go: from the top-left of the selection; a single value pasted over a larger
 * selection fills it, as in Excel. Values are read like typed input ("—" → "/", "１２" → 12).
 */
export function planPaste(format: LayoutId, model: GridModel, a: Pos, b: Pos, text: string, rowLabels: readonly string[] = []): PastePlan {
  let rows = parseTsv(text)
  const plan: PastePlan = { set: {}, problems: [], dropped: 0 }
  const top = { r: Math.min(a.r, b.r), c: Math.min(a.c, b.c) }
  const placed = placeByLabels(rows, rowLabels, top.r)
  if (placed.kind === 'unmatched') return { ...plan, refused: placed.label }
  if (placed.kind === 'labels') {
    rows = rows.map((r) => r.slice(placed.columns))
    top.r = placed.top
    plan.labels = { columns: placed.columns, moved: placed.moved }
  }
  const single = rows.length === 1 && rows[0].length === 1 && !plan.labels
  const target = single ? rangeKeys(model, a, b) : null
  const put = (key: string, raw: string) => {
    const info = cellInfo(format, key)
    if (!info) return
    const parsed = parseCellInput(raw, info.kind)
    plan.set[key] = parsed.value
    if (parsed.error) plan.problems.push({ key, message: parsed.error })
  }
  if (target) {
    for (const row of target) for (const key of row) put(key, rows[0][0])
    return plan
  }
  rows.forEach((row, dr) => {
    row.forEach((raw, dc) => {
      const key = model.keys[top.r + dr]?.[top.c + dc]
      if (key) put(key, raw)
      else plan.dropped++
    })
  })
  return plan
}

/** What a paste did, in one Chinese sentence naming the first cell that is not a number. */
export function pasteNotice(format: LayoutId, plan: PastePlan): string {
  if (plan.refused !== undefined) {
    return `未粘贴：粘贴内容第一列的行名称“${plan.refused}”与本表的行对不上（或对应多行）。请检查复制的内容，或只复制数字部分后再粘贴。`
  }
  const notes = [`已粘贴 ${Object.keys(plan.set).length} 个单元格`]
  if (plan.labels) {
    const first = plan.labels.columns > 1 ? `前 ${plan.labels.columns} 列` : '第一列'
    notes.push(`粘贴内容${first}是行名称，已按名称对齐到相应的行，未作为数字粘贴${plan.labels.moved ? '（与所选的起始行不同）' : ''}`)
  }
  if (plan.problems.length) {
    const first = plan.problems[0]
    const where = `${describeCell(format, first.key)}${plan.problems.length > 1 ? '等' : ''}`
    notes.push(`其中 ${plan.problems.length} 个不是有效数字（${where}：${first.message}），已保留原文并标为错误，请更正`)
  }
  if (plan.dropped) notes.push(`${plan.dropped} 个超出表格范围，未粘贴`)
  return notes.join('；') + '。'
}
