import type { LayoutId } from '../../../shared/form'
import type { CellValue, Cells } from '../../../shared/report'
import { copyRange, pasteNotice, planPaste } from './clipboard'
import { rangeKeys, type GridModel, type Pos } from './grid-model'
import type { Refused } from './use-refused-drafts'

// Ctrl+C, Ctrl+X and Ctrl+V on the grid: the selected range as tab-separated text, and a pasted
// block written from the selection's top-left (or the rows its row names name).

export interface ClipboardContext {
  format: LayoutId
  model: GridModel
  anchor: Pos
  cursor: Pos
  cells: Cells
  /** The printed row labels, by grid row (for a pasted row-name column). */
  rowNames: readonly string[]
  editing: { mode: string } | null
  cancelEditing: () => void
  setCells: (set: Record<string, CellValue>) => void
  notice: (text: string) => void
  updateRefused: (change: (m: Map<string, Refused>) => void) => void
  goTo: (pos: Pos, extend: boolean) => void
  setAnchor: (pos: Pos) => void
}

type Ev = React.ClipboardEvent<HTMLElement>

export function clipboardHandlers(c: ClipboardContext): { onCopy: (e: Ev) => void; onCut: (e: Ev) => void; onPaste: (e: Ev) => void } {
  const onCopy = (e: Ev) => {
    if (c.editing) return // copying text inside the cell being edited
    e.preventDefault()
    e.clipboardData.setData('text/plain', copyRange(c.model, c.anchor, c.cursor, c.cells))
  }
  const onCut = (e: Ev) => {
    if (c.editing) return
    onCopy(e)
    const set: Record<string, CellValue> = {}
    for (const k of rangeKeys(c.model, c.anchor, c.cursor).flat()) set[k] = null
    c.setCells(set)
  }
  const onPaste = (e: Ev) => {
    const text = e.clipboardData.getData('text/plain')
    const multi = /[\t\r\n]/.test(text.replace(/[\r\n]+$/, ''))
    if (c.editing && c.editing.mode === 'editing' && !multi) return // plain paste into the text being edited
    e.preventDefault()
    c.cancelEditing()
    const plan = planPaste(c.format, c.model, c.anchor, c.cursor, text, c.rowNames)
    if (plan.refused === undefined) c.updateRefused((m) => Object.keys(plan.set).forEach((k) => m.delete(k)))
    c.setCells(plan.set)
    c.notice(pasteNotice(c.format, plan))
    // Select what was pasted, as spreadsheets do; the cursor stays at its top-left cell, and
    // follows the block when its row names put it elsewhere than selected.
    const keys = Object.keys(plan.set)
    const last = keys.length > 1 ? c.model.positions.get(keys[keys.length - 1]) : undefined
    if (plan.labels?.moved && keys.length) c.goTo(c.model.positions.get(keys[0])!, false)
    if (last && (plan.labels?.moved || (c.anchor.r === c.cursor.r && c.anchor.c === c.cursor.c))) c.setAnchor(last)
  }
  return { onCopy, onCut, onPaste }
}
