import { T2_BLOCKS, type BlockSpec, type Tagged } from './catalog'
import { completeCutLabels, isCutLabel } from './header-prefix'
import { bestLabel, type LabelCandidate } from './match'
import type { Collector } from './readings'
import type { ReadRow } from './rows'
import { trimBlanks } from './text-rows'
import type { Token } from './tokens'

// Table 二: captioned blocks (第二十条第（N）项), each with its own header and rows.

const CAPTIONS = T2_BLOCKS.map((b) => ({ label: b.caption, value: b }))

interface HeaderColumn {
  /** Undefined while a cut label ("本年新") waits to be completed against the whole header. */
  column?: Tagged
  /** The cut label's text. */
  cut?: string
  col: number
  /** Grid columns the header cell covers: a value may sit in any of them. */
  span: number
}

function intersect(a: readonly string[], b: readonly string[]) {
  return a.filter((x) => b.includes(x)) as Tagged['formats']
}

const ALL_LABELS: LabelCandidate<unknown>[] = [...CAPTIONS, ...T2_BLOCKS.flatMap((b) => [...b.columns, ...b.rows])]

/** A header copied as one line ("信息内容 本年新制作数量 …") splits into its labels. */
function splitHeaderLine(t: Token): Token[] {
  const parts = t.text.trim().split(/\s+/)
  if (parts.length < 2 || bestLabel(t.text, ALL_LABELS)) return [t]
  return parts.map((text) => ({ ...t, text }))
}

/** Completes a header's cut labels, or drops the header (its rows are then reported) when in doubt. */
function resolveCuts(header: HeaderColumn[], block: BlockSpec, where: string | undefined, out: Collector): HeaderColumn[] {
  const cuts = header.filter((h) => h.column === undefined)
  if (cuts.length === 0) return header
  const taken = new Set(header.map((h) => h.column?.key))
  const done = completeCutLabels(
    cuts.map((h) => h.cut ?? ''),
    block.columns.filter((c) => !taken.has(c.value.key))
  )
  if (done.size < cuts.length) {
    out.problems.push({ severity: 'warning', message: `表二“${block.caption}”的表头“${cuts.map((h) => h.cut).join('、')}”不完整，无法确定是哪一列，该项未导入`, where })
    return []
  }
  cuts.forEach((h, k) => (h.column = done.get(k)))
  return header
}

/** Reads the rows of table 二 (from a table or from text) into readings. */
export function mapT2(rows: readonly ReadRow[], out: Collector): void {
  let block: BlockSpec | undefined
  let header: HeaderColumn[] = []
  for (const row of rows) {
    let rowKey: Tagged | undefined
    let rowWhere = ''
    const labels = row.grid ? row.labels : row.labels.flatMap(splitHeaderLine)
    let i = 0
    while (i < labels.length) {
      let consumed = 1
      // A label broken over lines arrives as several tokens: try joining up to three.
      for (let k = 1; k <= Math.min(3, labels.length - i); k++) {
        const text = labels
          .slice(i, i + k)
          .map((t) => t.text)
          .join('')
        const cap = bestLabel(text, CAPTIONS)
        if (cap) {
          block = cap.value
          header = []
          rowKey = undefined
          consumed = k
          break
        }
        if (!block) continue
        const col = bestLabel(text, block.columns)
        if (col) {
          header.push({ column: col.value, col: row.grid ? (labels[i].col ?? 0) : header.length + 1, span: row.grid ? (labels[i].colSpan ?? 1) : 1 })
          consumed = k
          break
        }
        const r = bestLabel(text, block.rows)
        if (r) {
          rowKey = r.value
          rowWhere = labels[i].where
          consumed = k
          break
        }
        if (k === 1 && isCutLabel(text, block.columns)) {
          header.push({ cut: text, col: row.grid ? (labels[i].col ?? 0) : header.length + 1, span: row.grid ? (labels[i].colSpan ?? 1) : 1 })
          break
        }
      }
      i += consumed
    }
    if (!block) continue
    if (header.some((h) => h.column === undefined)) header = resolveCuts(header, block, labels[0]?.where, out)
    // In a table the header cells stand where values would: recognise them by their labels.
    if (row.grid && !rowKey) {
      const found = row.values.flatMap((v): HeaderColumn[] => {
        const m = bestLabel(v.text, block!.columns)
        if (m) return [{ column: m.value, col: v.col ?? 0, span: v.colSpan ?? 1 }]
        return isCutLabel(v.text, block!.columns) ? [{ cut: v.text, col: v.col ?? 0, span: v.colSpan ?? 1 }] : []
      })
      if (found.some((h) => h.column !== undefined)) header = resolveCuts(found, block, row.values[0]?.where, out)
      continue
    }
    const values = row.grid ? row.values : trimBlanks(row.values, header.length)
    if (!rowKey || values.length === 0) continue
    if (header.length === 0) {
      out.problems.push({ severity: 'warning', message: `“${block.caption}”缺少表头，无法确定各数值对应的列，已跳过该行`, where: rowWhere })
      continue
    }
    // Text keeps no cell positions: with a blank cell in the row, values would slide left a column.
    if (!row.grid && values.length !== header.length) {
      out.problems.push({
        severity: 'warning',
        message: `表二“${block.caption}”中“${labels.at(-1)?.text.trim()}”一行有${values.length}个数值，表头有${header.length}列，无法确定对应关系（可能有空白单元格），未导入`,
        where: rowWhere
      })
      continue
    }
    for (const h of header) {
      const under = values.filter((t) => (t.col ?? 0) >= h.col && (t.col ?? 0) < h.col + h.span)
      const v = under.find((t) => t.text.trim() !== '') ?? under[0]
      if (!v || !h.column) continue
      out.readings.push({
        key: `t2.${rowKey.key}.${h.column.key}`,
        formats: intersect(rowKey.formats, h.column.formats),
        raw: v.text,
        where: v.where
      })
    }
  }
}
