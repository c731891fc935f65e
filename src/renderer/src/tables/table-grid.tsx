import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { LAYOUTS, cellInfo, describeCell, tableLayout, type LayoutId, type TableId } from '../../../shared/form'
import { parseCellInput, type CellValue, type Cells } from '../../../shared/report'
import type { Severity } from '../../../shared/rules'
import { pendingEdits } from '../state/pending-edits'
import { clipboardHandlers } from './grid-clipboard-events'
import type { Editing } from './grid-keys'
import { GridBody } from './grid-body'
import { gridEvents } from './grid-events'
import { clearedCells, gridKeyDown } from './grid-key-handler'
import { buildGridModel, keyAt, type Pos } from './grid-model'
import { revealCell, stickyLefts, useFrozenPanes } from './grid-scroll'
import { useGridFocus } from './use-grid-focus'
import { rowLabels } from './paste-labels'
import { useRefusedDrafts, type Refused } from './use-refused-drafts'
import { caretToEnd, type CellHandlers } from './value-cell'
import './grid.css'

// One generic grid for tables 二, 三 and 四, drawn from the form's printed layout, with
// spreadsheet behaviour: arrows, Tab, Enter (back to where a run of Tabs began), Ctrl+Home/End,
// PageUp/Down, typing replaces, F2 edits, Delete clears, Escape cancels, Shift+arrows select,
// Ctrl+C / Ctrl+V rectangular ranges as tab-separated text; headings and row names stay in view.
// The focus is on the cursor's cell (roving tabindex); an input exists only while a cell is edited.

export interface TableGridProps {
  format: LayoutId
  table: TableId
  cells: Cells
  marks: ReadonlyMap<string, Severity>
  notes: ReadonlyMap<string, string>
  hints: ReadonlyMap<string, number>
  /** Totals holding a computed sum (自动合计), drawn apart from typed numbers. */
  computed?: ReadonlySet<string>
  onSetCells: (set: Record<string, CellValue>) => void
  onCursor: (key: string | null) => void
  /** Paste notices etc., shown by the editor. */
  onNotice: (text: string) => void
  /** Moves the cursor to this cell and focuses it (from the warnings panel). */
  focusRequest?: { key: string; n: number }
  /** Where the cursor starts (the cell last used in this table). */
  initialCell?: string
  /** Focus the cursor's cell on mount: the user switched to this section. */
  focusOnMount?: boolean
  /**
   * Text refused as a value when the focus left its cell: shown in the cell with its error, never
   * stored. Owned by the editor so it outlives a switch of section.
   */
  refusedStore: Map<string, Refused>
}

/** Memoised: the editor re-renders for things the grid does not show (focused cell, save status). */
export const TableGrid = memo(function TableGrid(props: TableGridProps) {
  const { format, table, cells, onSetCells, onCursor, onNotice } = props
  const layout = useMemo(() => tableLayout(LAYOUTS[format].tables[table]), [format, table])
  const model = useMemo(() => buildGridModel(layout), [layout])
  const labels = useMemo(() => new Map(model.keys.flat().map((k) => [k, describeCell(format, k)])), [model, format])
  const names = useMemo(() => rowLabels(layout), [layout])
  const lefts = useMemo(() => stickyLefts(layout), [layout])
  const start = (props.initialCell && model.positions.get(props.initialCell)) || { r: 0, c: 0 }
  const [cursor, setCursor] = useState<Pos>(start)
  const [anchor, setAnchor] = useState<Pos>(start)
  const [editing, setEditingState] = useState<Editing | null>(null)
  const { refused, current: refusedNow, update: setRefused } = useRefusedDrafts(props.refusedStore)
  const cellEls = useRef(new Map<string, HTMLElement>())
  const editorEl = useRef<HTMLInputElement | null>(null)
  const tableRef = useRef<HTMLTableElement>(null)
  /** Where the current run of Tabs began: Enter returns to its column. */
  const tabRun = useRef<Pos | null>(null)
  useFrozenPanes(tableRef)
  /** Focus the cursor's cell, or the editor, once the next render has drawn it. */
  const wantFocus = useRef(false)
  const wantEditorFocus = useRef(false)
  /** Set while the grid moves the focus itself, so onFocus leaves the selection alone. */
  const ownFocus = useRef(false)

  const cursorKey = keyAt(model, cursor) ?? model.keys[0][0]
  const totalWidth = layout.widths.reduce((a, b) => a + b, 0)
  const gridName = LAYOUTS[format].sections.find((s) => s.key === table)?.heading

  // Keep what the handlers read in a ref so the per-cell handlers stay stable (cells are memoised).
  const live = useRef({ cursor, anchor, editing, cells, cursorKey })
  useLayoutEffect(() => {
    live.current = { cursor, anchor, editing, cells, cursorKey }
  })
  /** The editing state, seen at once by the handlers (a blur during this event must not judge it again). */
  const setEditing = useCallback((ed: Editing | null) => {
    live.current.editing = ed
    setEditingState(ed)
  }, [])

  useEffect(() => {
    onCursor(cursorKey)
  }, [cursorKey, onCursor])

  useGridFocus({ cellsRef: cellEls, cursorKey, focusOnMount: props.focusOnMount, focusRequest: props.focusRequest, wantFocusRef: wantFocus })

  // The editor input, drawn by the render that opened it: the focus goes into it, caret at the end.
  useLayoutEffect(() => {
    const el = editorEl.current
    if (!wantEditorFocus.current || !el) return
    wantEditorFocus.current = false
    ownFocus.current = true
    el.focus({ preventScroll: true })
    ownFocus.current = false
    caretToEnd(el)
  })

  /** Opens a cell's editor; `sync` draws it (and focuses it) inside the current key press. */
  const startEdit = useCallback(
    (ed: Editing, sync: boolean) => {
      wantEditorFocus.current = true
      if (sync) flushSync(() => setEditing(ed))
      else setEditing(ed)
    },
    [setEditing]
  )

  /** Focuses the cursor's cell now (the editor inside it is about to go). */
  const focusCursorCell = useCallback(() => {
    const el = cellEls.current.get(live.current.cursorKey)
    if (!el || document.activeElement === el) return
    ownFocus.current = true
    el.focus({ preventScroll: true })
    ownFocus.current = false
  }, [])

  const cancelEdit = useCallback(() => {
    setEditing(null)
    focusCursorCell()
  }, [setEditing, focusCursorCell])

  /** Back on a cell whose text was refused: its text is being typed again, with its error. */
  const resume = useCallback(
    (key: string) => {
      const r = refusedNow.current.get(key)
      if (!r) return
      startEdit({ key, draft: r.draft, mode: 'typing', error: r.error }, false)
      setRefused((m) => m.delete(key))
    },
    [refusedNow, setRefused, startEdit]
  )

  const goTo = useCallback(
    (pos: Pos, extend: boolean) => {
      setCursor(pos)
      if (!extend) setAnchor(pos)
      const key = keyAt(model, pos) ?? null
      // Tell the editor in this batch (from an effect: a second render of the editor per keystroke).
      onCursor(key)
      // Focus now, before React changes the DOM: focusing after the commit would force a full
      // layout of the page inside the keystroke. A cell is not editable, so its focus is cheap.
      const el = cellEls.current.get(key ?? '')
      if (el) {
        // Without scrolling: scrolling into view needs a layout of the whole page now, inside the
        // keystroke. The frame lays out anyway: scroll there, only if the cell is not in view.
        if (document.activeElement !== el) {
          ownFocus.current = true
          el.focus({ preventScroll: true })
          ownFocus.current = false
          requestAnimationFrame(() => revealCell(el))
        }
      } else wantFocus.current = true
      if (key) resume(key)
    },
    [model, onCursor, resume]
  )

  /** Writes the draft to the model; false (and the message shown) when it is not a valid value. */
  const commit = useCallback(
    (force: boolean): boolean => {
      const ed = live.current.editing
      if (!ed) return true
      const info = cellInfo(format, ed.key)
      const parsed = parseCellInput(ed.draft, info?.kind ?? 'count')
      if (parsed.error && !force) {
        setEditing({ ...ed, error: parsed.error })
        return false
      }
      // Forced (the window is closing): invalid text is kept in the model, flagged by C6, never lost.
      onSetCells({ [ed.key]: parsed.value })
      setEditing(null)
      return true
    },
    [format, onSetCells, setEditing]
  )

  // The table going away while a cell is being typed into (a switch of section by Ctrl+PageDown or
  // the list): its text is judged as on leaving the cell, stored or kept as refused text.
  const refusedStore = props.refusedStore
  useEffect(
    () => () => {
      const ed = live.current.editing
      if (!ed) return
      const parsed = parseCellInput(ed.draft, cellInfo(format, ed.key)?.kind ?? 'count')
      if (parsed.error) refusedStore.set(ed.key, { draft: ed.draft, error: parsed.error })
      else onSetCells({ [ed.key]: parsed.value })
    },
    [format, onSetCells, refusedStore]
  )

  // The window closing while a cell is being typed into: no blur comes, so commit the typed text
  // (kept even if invalid, as on blur) synchronously before the final save.
  useEffect(
    () =>
      pendingEdits.register(() => {
        if (live.current.editing) flushSync(() => commit(true))
        // Refused text too: closing must not lose what was typed (rule C6 flags it on reopening).
        const set: Record<string, CellValue> = {}
        for (const [key, r] of refusedNow.current) set[key] = parseCellInput(r.draft, cellInfo(format, key)?.kind ?? 'count').value
        if (Object.keys(set).length) flushSync(() => onSetCells(set))
      }),
    [commit, format, onSetCells, refusedNow]
  )

  const handlers: CellHandlers = useMemo(
    () => ({
      onChange: (e) => {
        const ed = live.current.editing
        if (ed) setEditing({ key: ed.key, draft: e.currentTarget.value, mode: ed.mode })
      },
      register: (key, el) => {
        if (el) cellEls.current.set(key, el)
        else cellEls.current.delete(key)
      },
      registerEditor: (el) => {
        editorEl.current = el
      }
    }),
    [setEditing]
  )

  const clear = (keys: string[]) => {
    const set = clearedCells(keys)
    onSetCells(set)
    setRefused((m) => keys.forEach((k) => m.delete(k)))
  }

  const events = gridEvents({
    model,
    format,
    cells,
    cursor,
    live: () => live.current,
    ownFocus,
    tabRun,
    goTo,
    moveCursor: (pos, key) => {
      setCursor(pos)
      setAnchor(pos)
      onCursor(key)
    },
    resume,
    commit,
    startEdit,
    focusCursorCell,
    refuse: (key, draft, error) => {
      setEditing(null)
      setRefused((m) => m.set(key, { draft, error }))
      onNotice(`${describeCell(format, key)}：${error}。这段文字未保存，原值不变；回到该格可更正，按 Esc 放弃。`)
    }
  })

  const onKeyDown = (e: React.KeyboardEvent<HTMLTableElement>) =>
    gridKeyDown(
      { model, cells, cursor, anchor, editing: () => live.current.editing, tabRun, goTo, setAnchor, commit, startEdit, cancelEdit, clear },
      e
    )

  const { onCopy, onCut, onPaste } = clipboardHandlers({
    format,
    model,
    anchor,
    cursor,
    cells,
    rowNames: names,
    editing,
    cancelEditing: cancelEdit,
    setCells: onSetCells,
    notice: onNotice,
    updateRefused: setRefused,
    goTo,
    setAnchor
  })

  return (
    <table
      ref={tableRef}
      className={`grid grid-${table}${layout.headerRows ? '' : ' grid-blocks'}`}
      data-testid={`grid-${table}`}
      role="grid"
      aria-label={gridName}
      onKeyDown={onKeyDown}
      onFocus={events.onFocus}
      onBlur={events.onBlur}
      onMouseDown={events.onMouseDown}
      onDoubleClick={events.onDoubleClick}
      onCopy={onCopy}
      onCut={onCut}
      onPaste={onPaste}
    >
      <colgroup>
        {layout.widths.map((w, i) => (
          <col key={i} style={{ width: `${((w / totalWidth) * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      <GridBody
        layout={layout}
        model={model}
        labels={labels}
        cells={cells}
        marks={props.marks}
        notes={props.notes}
        hints={props.hints}
        computed={props.computed}
        cursorKey={cursorKey}
        cursor={cursor}
        anchor={anchor}
        editing={editing}
        refused={refused}
        lefts={lefts}
        handlers={handlers}
      />
    </table>
  )
})
