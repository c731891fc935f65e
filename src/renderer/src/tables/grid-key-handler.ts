import type { RefObject } from 'react'
import type { CellValue, Cells } from '../../../shared/report'
import { formatCellValue } from '../../../shared/report'
import { commandFor, type CellMode, type Editing } from './grid-keys'
import { enterAfterTabs, move, rangeKeys, type GridModel, type Pos } from './grid-model'
import { rowsPerPage } from './grid-scroll'

// A key pressed in the grid, on a cell (the focus is on the cursor's cell) or in the editor input
// of the cell being edited: the command grid-keys gives it, carried out on the grid's state.

export interface GridKeyContext {
  model: GridModel
  cells: Cells
  cursor: Pos
  anchor: Pos
  /** The cell being edited, as of now (not as of the last render). */
  editing: () => Editing | null
  /** Where the current run of Tabs began: Enter returns to its column. */
  tabRun: RefObject<Pos | null>
  goTo: (pos: Pos, extend: boolean) => void
  setAnchor: (pos: Pos) => void
  /** Writes the draft to the model; false (and the message shown) when it is not a valid value. */
  commit: (force: boolean) => boolean
  /** Opens the cell's editor and moves the focus into it (now, when `sync`: inside this key press). */
  startEdit: (ed: Editing, sync: boolean) => void
  /** Drops the editor without storing its text; the focus goes back to the cell. */
  cancelEdit: () => void
  clear: (keys: string[]) => void
}

export function gridKeyDown(c: GridKeyContext, e: React.KeyboardEvent<HTMLElement>): void {
  const cellEl = (e.target as HTMLElement).closest<HTMLElement>('[data-cell]')
  const key = cellEl?.dataset.cell
  if (!cellEl || !key) return
  const editing = c.editing()
  const ctrl = e.ctrlKey || e.metaKey
  if (ctrl && !editing && (e.key === 'a' || e.key === 'A')) {
    // Select the whole table, the cursor on its first cell (ranges for copy, Delete).
    e.preventDefault()
    const lastRow = c.model.keys.length - 1
    c.goTo({ r: 0, c: 0 }, false)
    c.setAnchor({ r: lastRow, c: c.model.keys[lastRow].length - 1 })
    return
  }
  if (ctrl && editing && (e.key === 'z' || e.key === 'Z')) {
    // Ctrl+Z while typing undoes the typing only.
    e.preventDefault()
    e.stopPropagation()
    c.cancelEdit()
    return
  }
  if (e.nativeEvent.isComposing || e.keyCode === 229) {
    // An input method (拼音 etc.) composing: its keys are its own. Where the platform reports them
    // on a selected cell, the composition is given the cell's editor to go into.
    if (!editing) c.startEdit({ key, draft: '', mode: 'typing' }, true)
    return
  }
  const mode: CellMode = editing && editing.key === key ? editing.mode : 'idle'
  const cmd = commandFor(e, mode)
  switch (cmd.kind) {
    case 'native':
      return
    case 'type':
      // Not prevented: the browser types the key's character into the editor focused just now.
      c.startEdit({ key, draft: '', mode: 'typing' }, true)
      return
    case 'move': {
      e.preventDefault()
      if (cmd.commit && !c.commit(false)) return
      c.tabRun.current = null
      const page = cmd.dir === 'pageUp' || cmd.dir === 'pageDown' ? rowsPerPage(cellEl) : undefined
      c.goTo(move(c.model, c.cursor, cmd.dir, page), cmd.extend)
      return
    }
    case 'commit-move': {
      // Only forward Tabs make a run (Shift+Tab ends it), as entering a row left to right does.
      const isTab = cmd.dir === 'next'
      const run = c.tabRun.current
      const next = cmd.dir === 'down' ? enterAfterTabs(c.model, c.cursor, run) : move(c.model, c.cursor, cmd.dir)
      const atEdge = next.r === c.cursor.r && next.c === c.cursor.c
      if (!c.commit(false)) {
        e.preventDefault()
        return
      }
      c.tabRun.current = isTab ? (run ?? c.cursor) : null
      // Tab at the first/last cell leaves the table, so keyboard users are never trapped (from
      // the cell: the editor goes away with the commit).
      if (atEdge && e.key === 'Tab') {
        if (editing) c.goTo(c.cursor, false)
        return
      }
      e.preventDefault()
      c.goTo(next, false)
      return
    }
    case 'cancel':
      e.preventDefault()
      c.cancelEdit()
      return
    case 'clear':
      e.preventDefault()
      c.clear(rangeKeys(c.model, c.anchor, c.cursor).flat())
      return
    case 'edit': {
      e.preventDefault()
      const draft = editing?.key === key ? editing.draft : formatCellValue(c.cells[key])
      // Now, not on the next frame: a key typed right after F2 must append.
      c.startEdit({ key, draft, mode: 'editing' }, true)
      return
    }
  }
}

/** The cells a clear empties, as the set of changes to store. */
export function clearedCells(keys: string[]): Record<string, CellValue> {
  const set: Record<string, CellValue> = {}
  for (const k of keys) set[k] = null
  return set
}
