import type { RefObject } from 'react'
import { cellInfo, type LayoutId } from '../../../shared/form'
import { formatCellValue, parseCellInput, type Cells } from '../../../shared/report'
import type { Editing } from './grid-keys'
import type { GridModel, Pos } from './grid-model'

// The grid's focus and pointer events: a cell focused from outside (Tab, the warnings panel)
// becomes the cursor; leaving the editor judges its text as Enter does; a click selects a cell
// (Shift+click a range); a double-click edits in place.

export interface GridEventContext {
  model: GridModel
  format: LayoutId
  cells: Cells
  cursor: Pos
  live: () => { editing: Editing | null }
  /** Set while the grid moves the focus itself. */
  ownFocus: RefObject<boolean>
  tabRun: RefObject<Pos | null>
  goTo: (pos: Pos, extend: boolean) => void
  /** Moves the cursor (and the selection) to a cell that already has the focus. */
  moveCursor: (pos: Pos, key: string) => void
  resume: (key: string) => void
  commit: (force: boolean) => boolean
  startEdit: (ed: Editing, sync: boolean) => void
  /** Text that is not a value, left in its cell with its error and not stored. */
  refuse: (key: string, draft: string, error: string) => void
  focusCursorCell: () => void
}

type FocusEv = React.FocusEvent<HTMLElement>
type MouseEv = React.MouseEvent<HTMLElement>

const cellOf = (target: EventTarget) => (target as HTMLElement).closest?.<HTMLElement>('[data-cell]')?.dataset.cell

export function gridEvents(c: GridEventContext) {
  const onFocus = (e: FocusEv) => {
    // Only the cells carry data-cell (the editor input is inside one).
    const key = (e.target as HTMLElement).dataset?.cell
    const pos = key ? c.model.positions.get(key) : undefined
    if (!key || !pos || c.ownFocus.current) return
    if (pos.r !== c.cursor.r || pos.c !== c.cursor.c) {
      c.tabRun.current = null
      c.moveCursor(pos, key)
    }
    c.resume(key)
  }

  // Leaving the editor judges its text as Enter does: a value is stored; text that is not a value
  // stays in the cell with its error, is not stored, and is picked up again on return (Escape drops it).
  const onBlur = (e: FocusEv) => {
    if (!(e.target instanceof HTMLInputElement)) return
    const ed = c.live().editing
    if (!ed) return
    const parsed = parseCellInput(ed.draft, cellInfo(c.format, ed.key)?.kind ?? 'count')
    if (!parsed.error) c.commit(true)
    else c.refuse(ed.key, ed.draft, parsed.error)
    // The window itself lost the focus (another program): the editor goes, so leave the focus on
    // its cell, where it comes back to.
    if (!document.hasFocus()) c.focusCursorCell()
  }

  const onMouseDown = (e: MouseEv) => {
    const key = cellOf(e.target)
    const pos = key ? c.model.positions.get(key) : undefined
    if (!key || !pos) return
    const ed = c.live().editing
    if (ed && ed.key === key) {
      // Clicks inside the cell being edited place the caret; elsewhere in it (its error) keep the focus.
      if (!(e.target instanceof HTMLInputElement)) e.preventDefault()
      return
    }
    // The grid moves the focus itself (a native click would also start a text selection).
    e.preventDefault()
    c.tabRun.current = null
    c.goTo(pos, e.shiftKey && !ed)
  }

  const onDoubleClick = (e: MouseEv) => {
    const key = cellOf(e.target)
    if (!key || c.live().editing) return
    c.startEdit({ key, draft: formatCellValue(c.cells[key]), mode: 'editing' }, true)
  }

  return { onFocus, onBlur, onMouseDown, onDoubleClick }
}
