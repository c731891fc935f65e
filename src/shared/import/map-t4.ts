import { BOTH, T4_COLUMN_KEYS } from './catalog'
import { bestLabel } from './match'
import type { Collector } from './readings'
import type { ReadRow } from './rows'
import { trimBlanks } from './text-rows'
import { simplifiedForMatching } from './traditional'
import { isValueText, type Token } from './tokens'
import { T4_OUTCOMES } from '../form/t4'

// Table 四: one row of 15 values under a three-level header (行政复议 | 行政诉讼 › 直接起诉 / 复议后起诉).

const OUTCOMES = T4_OUTCOMES.map((o) => ({ label: o.label, value: o.key as string }))

function groupOf(text: string): string | undefined {
  const s = simplifiedForMatching(text).replace(/\s+/g, '')
  if (s.includes('直接起诉')) return 'suitDirect'
  if (s.includes('复议后')) return 'suitAfterReview'
  if (s.includes('复议') && !s.includes('诉讼')) return 'review'
  return undefined
}

function emit(out: Collector, key: string, v: Token): void {
  out.readings.push({ key: `t4.${key}`, formats: BOTH, raw: v.text, where: v.where })
}

/** Table 四 from a dense grid: each value column is named by the header cells above it. */
export function mapT4Grid(grid: readonly Token[][], out: Collector): void {
  const dataIndex = grid.findIndex((cells) => cells.filter((c) => isValueText(c.text)).length >= 5)
  if (dataIndex < 0) return
  const header = grid.slice(0, dataIndex).flat()
  const covering = (col: number) => header.filter((h) => (h.col ?? 0) <= col && col < (h.col ?? 0) + (h.colSpan ?? 1))
  const used = new Set<string>()
  const data = grid[dataIndex]
  for (const v of data) {
    const above = covering(v.col ?? 0)
    const group = above.map((h) => groupOf(h.text)).filter((g) => g !== undefined).at(-1)
    const outcome = above.map((h) => bestLabel(h.text, OUTCOMES)?.value).filter((o) => o !== undefined).at(-1)
    if (!group || !outcome || used.has(`${group}.${outcome}`)) continue
    used.add(`${group}.${outcome}`)
    emit(out, `${group}.${outcome}`, v)
  }
  if (used.size < T4_COLUMN_KEYS.length && used.size === 0) mapT4Text([{ labels: [], values: data, grid: true }], out)
}

/**
 * Table 四 from text: the first 15 values after the header, in the form's column order. Blank cells
 * under a merged header cell are padding; the data starts at the first row that has a number.
 */
export function mapT4Text(rows: readonly ReadRow[], out: Collector): void {
  const first = rows.findIndex((r) => r.values.some((v) => v.text.trim() !== ''))
  if (first < 0) return
  const values = trimBlanks(
    rows.slice(first).flatMap((r) => r.values),
    T4_COLUMN_KEYS.length
  )
  if (values.length < T4_COLUMN_KEYS.length) {
    out.problems.push({
      severity: 'warning',
      message: `表四只找到${values.length}个数值，应为15个（行政复议5个、行政诉讼10个），已按顺序读取`,
      where: values[0].where
    })
  }
  values.slice(0, T4_COLUMN_KEYS.length).forEach((v, i) => emit(out, T4_COLUMN_KEYS[i], v))
}
