import { FORMATS, cellInfo, layoutOf, type TableId, type TextKey } from '../../../shared/form'
import type { CellValue, Report } from '../../../shared/report'
import { TABLE_NAMES, cellName } from '../../../shared/rules/context'
import { PREFACE_HEADING } from '../../../shared/report/preface'
import { editRange } from './text-edit'

// What an undo or redo step changed, read from the two snapshots it moves between: where to show
// it (a cell, a span of text, the info page) and a short line saying it ("表三 （一）予以公开·自然人
// 5→3"). Derived, not recorded, so every kind of step (typing, paste, fix, undo of a restore) is
// described the same way.

export interface StepView {
  /** A cell to bring into view and focus. */
  cell?: string
  /** A text range to select, in the text as it is after the step. */
  text?: { section: TextKey; start: number; end: number }
  /** The report's info (agency, contact, sign-off) or acknowledgements changed. */
  info?: boolean
  /** The change, in a few words. */
  what: string
}

const QUOTE = 12

const shownValue = (v: CellValue | undefined) => (v === null || v === undefined || v === '' ? '空白' : String(v))

function quote(s: string): string {
  const flat = s.replace(/\s+/g, ' ')
  const chars = Array.from(flat)
  return `“${chars.length <= QUOTE ? flat : `${chars.slice(0, QUOTE - 1).join('')}…`}”`
}

/** A text change in words: 删除“零”, 插入“零”, or “2024年”→“【请核对：2024年】”. */
function textChange(removed: string, inserted: string): string {
  if (!inserted) return `删除${quote(removed)}`
  if (!removed) return `插入${quote(inserted)}`
  return `${quote(removed)}→${quote(inserted)}`
}

function cellStep(from: Report, to: Report): StepView | undefined {
  const keys = Object.keys(to.cells).filter((k) => (from.cells[k] ?? null) !== (to.cells[k] ?? null))
  const computedFrom = new Set(from.computed ?? [])
  const computedTo = new Set(to.computed ?? [])
  const blank = (v: CellValue | undefined) => v === null || v === undefined || v === ''
  // A total that holds no typed number on either side only followed its parts: name the parts.
  const follower = (k: string) => (computedFrom.has(k) || blank(from.cells[k])) && (computedTo.has(k) || blank(to.cells[k]))
  const flagOnly = [...new Set([...computedFrom, ...computedTo])].filter((k) => computedFrom.has(k) !== computedTo.has(k) && !keys.includes(k))
  const own = keys.filter((k) => !follower(k))
  const main = own.length ? own : keys
  const layout = layoutOf(to.format, to.cells)
  const name = (k: string) => {
    const info = cellInfo(layout, k)
    return info ? `${TABLE_NAMES[info.table as TableId]} ${cellName(layout, k)}` : k
  }
  if (main.length === 1) return { cell: main[0], what: `${name(main[0])} ${shownValue(from.cells[main[0]])}→${shownValue(to.cells[main[0]])}` }
  if (main.length > 1) return { cell: main[0], what: `${name(main[0])} 等${main.length}格` }
  // Only the computed mark moved: a total typed with its own sum, or handed back to the computation.
  if (flagOnly.length) {
    const k = flagOnly[0]
    return { cell: k, what: `${name(k)} ${(to.computed ?? []).includes(k) ? '恢复自动合计' : '改为手工填写'}` }
  }
  return undefined
}

function textStep(from: Report, to: Report): StepView | undefined {
  for (const section of Object.keys(to.text) as TextKey[]) {
    const before = from.text[section] ?? ''
    const after = to.text[section] ?? ''
    if (before === after) continue
    const r = editRange(before, after)
    const heading = section === 'preface' ? PREFACE_HEADING : (FORMATS[to.format].sections.find((s) => s.key === section)?.heading ?? section)
    return {
      text: { section, start: r.start, end: r.insertedEnd },
      what: `${heading} ${textChange(before.slice(r.start, r.removedEnd), after.slice(r.start, r.insertedEnd))}`
    }
  }
  return undefined
}

/** The step from `from` to `to` (the report before and after an undo or redo), or undefined when they are equal. */
export function describeStep(from: Report, to: Report, infoLabel: string): StepView | undefined {
  const cells = cellStep(from, to)
  if (cells) return cells
  const text = textStep(from, to)
  if (text) return text
  if (JSON.stringify(from.acknowledgements) !== JSON.stringify(to.acknowledgements)) {
    const gone = from.acknowledgements.length > to.acknowledgements.length
    return { what: gone ? '问题的说明已取消' : '问题的说明已恢复' }
  }
  if (from !== to) return { info: true, what: `${infoLabel}的修改` }
  return undefined
}
