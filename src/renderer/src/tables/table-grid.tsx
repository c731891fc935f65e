import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { LAYOUTS, cellInfo, describeCell, tableLayout, type LayoutId, type TableId } from '../../../shared/form'
import { formatCellValue, parseCellInput, type CellValue, type Cells } from '../../../shared/report'
import type { Severity } from '../../../shared/rules'
import { pendingEdits } from '../state/pending-edits'
import { clipboardHandlers } from './grid-clipboard-events'
import { commandFor, type CellMode, type Editing } from './grid-keys'
import { GridBody } from './grid-body'
import { buildGridModel, enterAfterTabs, keyAt, move, rangeKeys, type Pos } from './grid-model'
import { revealCell, rowsPerPage, stickyLefts, useFrozenPanes } from './grid-scroll'
import { useGridFocus } from './use-grid-focus'
import { rowLabels } from './paste-labels'
import { useRefusedDrafts, type Refused } from './use-refused-drafts'
import { caretToEnd, type CellHandlers } from './value-cell'
import './grid.css'

// One generic grid for tables 二, 三 and 四, drawn from the form's printed layout, with
// spreadsheet behaviour: arrows, Tab, Enter (back to where a run of Tabs began), Ctrl+Home/End,
// PageUp/Down, typing replaces, F2 edits, Delete clears, Escape cancels, Shift+arrows select,
// Ctrl+C / Ctrl+V rectangular ranges as tab-separated text; headings and row names stay in view.

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
  const [editing, setEditing] = useState<Editing | null>(null)
  const { refused, current: refusedNow, update: setRefused } = useRefusedDrafts(props.refusedStore)
  const inputs = useRef(new Map<string, HTMLInputElement>())
  const tableRef = useRef<HTMLTableElement>(null)
  /** Where the current run of Tabs began: Enter returns to its column. */
  const tabRun = useRef<Pos | null>(null)
  useFrozenPanes(tableRef)
  const wantFocus = useRef(false)
  /** Set while the grid moves the focus itself, so onFocus leaves the selection alone. */
  const ownFocus = useRef(false)

  const cursorKey = keyAt(model, cursor) ?? model.keys[0][0]
  const totalWidth = layout.widths.reduce((a, b) => a + b, 0)

  // Keep what the handlers read in a ref so the per-cell handlers stay stable (cells are memoised).
  const live = useRef({ cursor, anchor, editing, cells, cursorKey })
  useLayoutEffect(() => {
    live.current = { cursor, anchor, editing, cells, cursorKey }
  })

  useEffect(() => {
    onCursor(cursorKey)
  }, [cursorKey, onCursor])

  useGridFocus({ inputsRef: inputs, cursorKey, focusOnMount: props.focusOnMount, focusRequest: props.focusRequest, wantFocusRef: wantFocus })

  /** Back on a cell whose text was refused: its text is being typed again, with its error. */
  const resume = useCallback(
    (key: string) => {
      const r = refusedNow.current.get(key)
      if (!r) return
      setEditing({ key, draft: r.draft, mode: 'typing', error: r.error })
      setRefused((m) => m.delete(key))
    },
    [refusedNow, setRefused]
  )

  const goTo = useCallback(
    (pos: Pos, extend: boolean) => {
      setCursor(pos)
      if (!extend) setAnchor(pos)
      const key = keyAt(model, pos) ?? null
      if (key) resume(key)
      // Tell the editor in this batch (from an effect: a second render of the editor per keystroke).
      onCursor(key)
      // Focus now, before React changes the DOM: focusing after the commit would force a full
      // layout of the page inside the keystroke (measured: ~30 ms per edit on table 三).
      const el = inputs.current.get(key ?? '')
      if (el) {
        ownFocus.current = true
        // Without scrolling: scrolling into view needs a layout of the whole page now, inside the
        // keystroke (measured: ~16 ms per move on table 三 under load). The frame lays out anyway:
        // scroll there, only if the cell is not in view.
        if (document.activeElement !== el) {
          el.focus({ preventScroll: true })
          requestAnimationFrame(() => revealCell(el))
        }
        ownFocus.current = false
        el.select()
      } else wantFocus.current = true
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
    [format, onSetCells]
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
        const key = e.currentTarget.dataset.cell!
        const draft = e.currentTarget.value
        setEditing((ed) => ({ key, draft, mode: ed && ed.key === key ? ed.mode : 'typing' }))
      },
      register: (key, el) => {
        if (el) inputs.current.set(key, el)
        else inputs.current.delete(key)
      }
    }),
    []
  )

  const onFocus = (e: React.FocusEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset?.cell
    const pos = key ? model.positions.get(key) : undefined
    if (!pos || ownFocus.current) return
    if (pos.r !== cursor.r || pos.c !== cursor.c) {
      tabRun.current = null
      setCursor(pos)
      setAnchor(pos)
      onCursor(key ?? null)
    }
    if (key) resume(key)
    // Typing over a selected value replaces it, as in a spreadsheet.
    if (!editing || editing.key !== key) (e.target as unknown as HTMLInputElement).select()
  }

  // Leaving a cell judges its text as Enter does: a value is stored; text that is not a value stays
  // in the cell with its error, is not stored, and is picked up again on return (Escape drops it).
  const onBlur = (e: React.FocusEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset?.cell
    if (!editing || editing.key !== key) return
    const parsed = parseCellInput(editing.draft, cellInfo(format, key)?.kind ?? 'count')
    if (!parsed.error) {
      commit(true)
      return
    }
    const draft = editing.draft
    setEditing(null)
    setRefused((m) => m.set(key, { draft, error: parsed.error! }))
    onNotice(`${describeCell(format, key)}：${parsed.error}。这段文字未保存，原值不变；回到该格可更正，按 Esc 放弃。`)
  }

  const onMouseDown = (e: React.MouseEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset?.cell
    const pos = key ? model.positions.get(key) : undefined
    if (!pos || (editing && editing.key === key)) return // clicks inside the cell being edited place the caret
    // Select the whole value ourselves: a native click would drop a caret and typing would append.
    e.preventDefault()
    tabRun.current = null
    goTo(pos, e.shiftKey && !editing)
  }

  const onDoubleClick = (e: React.MouseEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset?.cell
    if (!key || editing) return
    setEditing({ key, draft: formatCellValue(cells[key]), mode: 'editing' })
    caretToEnd(e.target as HTMLInputElement)
  }

  const onKeyDown = (e: React.KeyboardEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset?.cell
    if (!key) return
    const ctrl = e.ctrlKey || e.metaKey
    if (ctrl && !editing && (e.key === 'a' || e.key === 'A')) {
      // Select the whole table, the cursor on its first cell (ranges for copy, Delete).
      e.preventDefault()
      const lastRow = model.keys.length - 1
      goTo({ r: 0, c: 0 }, false)
      setAnchor({ r: lastRow, c: model.keys[lastRow].length - 1 })
      return
    }
    if (ctrl && editing && (e.key === 'z' || e.key === 'Z')) {
      // Ctrl+Z while typing undoes the typing only.
      e.preventDefault()
      e.stopPropagation()
      setEditing(null)
      return
    }
    // While an input method is composing (拼音 etc.), its keys are its own.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return
    const mode: CellMode = editing && editing.key === key ? editing.mode : 'idle'
    const cmd = commandFor(e, mode)
    switch (cmd.kind) {
      case 'native':
        return
      case 'move': {
        e.preventDefault()
        if (cmd.commit && !commit(false)) return
        tabRun.current = null
        const page = cmd.dir === 'pageUp' || cmd.dir === 'pageDown' ? rowsPerPage(e.target as HTMLElement) : undefined
        goTo(move(model, cursor, cmd.dir, page), cmd.extend)
        return
      }
      case 'commit-move': {
        // Only forward Tabs make a run (Shift+Tab ends it), as entering a row left to right does.
        const isTab = cmd.dir === 'next'
        const run = tabRun.current
        const next = cmd.dir === 'down' ? enterAfterTabs(model, cursor, run) : move(model, cursor, cmd.dir)
        const atEdge = next.r === cursor.r && next.c === cursor.c
        if (!commit(false)) {
          e.preventDefault()
          return
        }
        tabRun.current = isTab ? (run ?? cursor) : null
        // Tab at the first/last cell leaves the table, so keyboard users are never trapped.
        if (atEdge && e.key === 'Tab') return
        e.preventDefault()
        goTo(next, false)
        if (atEdge) setEditing(null) // re-render so the focus effect selects the value again
        return
      }
      case 'cancel':
        e.preventDefault()
        setEditing(null)
        wantFocus.current = true
        return
      case 'clear': {
        e.preventDefault()
        const set: Record<string, CellValue> = {}
        for (const k of rangeKeys(model, anchor, cursor).flat()) set[k] = null
        onSetCells(set)
        setRefused((m) => Object.keys(set).forEach((k) => m.delete(k)))
        return
      }
      case 'edit': {
        e.preventDefault()
        const draft = editing?.key === key ? editing.draft : formatCellValue(cells[key])
        setEditing({ key, draft, mode: 'editing' })
        // Caret to the end now, not on the next frame: a key typed right after F2 must append.
        caretToEnd(e.target as HTMLInputElement)
        return
      }
    }
  }

  const { onCopy, onCut, onPaste } = clipboardHandlers({
    format,
    model,
    anchor,
    cursor,
    cells,
    rowNames: names,
    editing,
    cancelEditing: () => setEditing(null),
    setCells: onSetCells,
    notice: onNotice,
    updateRefused: setRefused,
    goTo,
    setAnchor
  })

  return (
    <table
      ref={tableRef}
      className={`grid grid-${table}`}
      data-testid={`grid-${table}`}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onBlur={onBlur}
      onMouseDown={onMouseDown}
      onDoubleClick={onDoubleClick}
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
