import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { LAYOUTS, cellInfo, describeCell, tableLayout, type LayoutId, type TableId } from '../../../shared/form'
import { formatCellValue, parseCellInput, type CellValue, type Cells } from '../../../shared/report'
import type { Severity } from '../../../shared/rules'
import { pendingEdits } from '../state/pending-edits'
import { copyRange, pasteNotice, planPaste } from './clipboard'
import { commandFor, type CellMode } from './grid-keys'
import { GridRow } from './grid-row'
import { buildGridModel, keyAt, move, rangeKeys, type Pos } from './grid-model'
import { type CellHandlers } from './value-cell'
import './grid.css'

// One generic grid for tables 二, 三 and 四, drawn from the form's printed layout, with
// spreadsheet behaviour: arrows, Tab, Enter, typing replaces, F2 edits, Delete clears, Escape
// cancels, Shift+arrows select, Ctrl+C / Ctrl+V rectangular ranges as tab-separated text.

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
}

interface Editing {
  key: string
  draft: string
  mode: Exclude<CellMode, 'idle'>
  error?: string
}

const NO_KEYS: ReadonlySet<string> = new Set()

/** Scrolls the cell into view when it is (partly) outside the window. */
function scrollIntoViewIfHidden(el: HTMLElement): void {
  const r = el.getBoundingClientRect()
  if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }
}

/** Puts the caret after the value at once, and again after React's render in case it moved. */
function caretToEnd(el: HTMLInputElement): void {
  el.setSelectionRange(el.value.length, el.value.length)
  requestAnimationFrame(() => el.setSelectionRange(el.value.length, el.value.length))
}

/** Memoised: the editor re-renders for things the grid does not show (focused cell, save status). */
export const TableGrid = memo(function TableGrid(props: TableGridProps) {
  const { format, table, cells, onSetCells, onCursor, onNotice } = props
  const layout = useMemo(() => tableLayout(LAYOUTS[format].tables[table]), [format, table])
  const model = useMemo(() => buildGridModel(layout), [layout])
  const labels = useMemo(() => new Map(model.keys.flat().map((k) => [k, describeCell(format, k)])), [model, format])
  const [cursor, setCursor] = useState<Pos>({ r: 0, c: 0 })
  const [anchor, setAnchor] = useState<Pos>({ r: 0, c: 0 })
  const [editing, setEditing] = useState<Editing | null>(null)
  const inputs = useRef(new Map<string, HTMLInputElement>())
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

  useEffect(() => {
    if (!wantFocus.current) return
    wantFocus.current = false
    const el = inputs.current.get(cursorKey)
    if (!el) return
    if (document.activeElement !== el) el.focus()
    el.select()
  })

  useEffect(() => {
    const req = props.focusRequest
    if (!req) return
    // Focusing the cell is enough: onFocus moves the cursor there (and a pending edit is committed on blur).
    const el = inputs.current.get(req.key)
    el?.focus()
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [props.focusRequest])

  const goTo = useCallback(
    (pos: Pos, extend: boolean) => {
      setCursor(pos)
      if (!extend) setAnchor(pos)
      const key = keyAt(model, pos) ?? null
      // Tell the editor in the same batch: from the effect below, it would cost a second render of
      // the whole editor inside the keystroke.
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
          requestAnimationFrame(() => scrollIntoViewIfHidden(el))
        }
        ownFocus.current = false
        el.select()
      } else wantFocus.current = true
    },
    [model, onCursor]
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
      // Forced (focus left the cell): invalid text is kept in the model, flagged by C6, never lost.
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
      }),
    [commit]
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
      setCursor(pos)
      setAnchor(pos)
      onCursor(key ?? null)
    }
    // Typing over a selected value replaces it, as in a spreadsheet.
    if (!editing || editing.key !== key) (e.target as unknown as HTMLInputElement).select()
  }

  const onBlur = (e: React.FocusEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset?.cell
    if (editing && editing.key === key) commit(true)
  }

  const onMouseDown = (e: React.MouseEvent<HTMLTableElement>) => {
    const key = (e.target as HTMLElement).dataset?.cell
    const pos = key ? model.positions.get(key) : undefined
    if (!pos || (editing && editing.key === key)) return // clicks inside the cell being edited place the caret
    // Select the whole value ourselves: a native click would drop a caret and typing would append.
    e.preventDefault()
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
        goTo(move(model, cursor, cmd.dir), cmd.extend)
        return
      }
      case 'commit-move': {
        const next = move(model, cursor, cmd.dir)
        const atEdge = next.r === cursor.r && next.c === cursor.c
        if (!commit(false)) {
          e.preventDefault()
          return
        }
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

  const onCopy = (e: React.ClipboardEvent<HTMLTableElement>) => {
    if (editing) return // copying text inside the cell being edited
    e.preventDefault()
    e.clipboardData.setData('text/plain', copyRange(model, anchor, cursor, cells))
  }

  const onCut = (e: React.ClipboardEvent<HTMLTableElement>) => {
    if (editing) return
    onCopy(e)
    const set: Record<string, CellValue> = {}
    for (const k of rangeKeys(model, anchor, cursor).flat()) set[k] = null
    onSetCells(set)
  }

  const onPaste = (e: React.ClipboardEvent<HTMLTableElement>) => {
    const text = e.clipboardData.getData('text/plain')
    const multi = /[\t\r\n]/.test(text.replace(/[\r\n]+$/, ''))
    if (editing && editing.mode === 'editing' && !multi) return // plain paste into the text being edited
    e.preventDefault()
    setEditing(null)
    const plan = planPaste(format, model, anchor, cursor, text)
    onSetCells(plan.set)
    onNotice(pasteNotice(format, plan))
    // Select what was pasted, as spreadsheets do; the cursor stays at its top-left cell.
    const keys = Object.keys(plan.set)
    const last = keys.length > 1 ? model.positions.get(keys[keys.length - 1]) : undefined
    if (last && anchor.r === cursor.r && anchor.c === cursor.c) setAnchor(last)
  }

  return (
    <table
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
      <tbody>
        {layout.rows.map((row, ri) => (
          <GridRow
            key={ri}
            row={row}
            model={model}
            labels={labels}
            cells={cells}
            marks={props.marks}
            notes={props.notes}
            hints={props.hints}
            computed={props.computed ?? NO_KEYS}
            cursorKey={cursorKey}
            cursor={cursor}
            anchor={anchor}
            editing={editing}
            handlers={handlers}
          />
        ))}
      </tbody>
    </table>
  )
})
