import { useEffect, useRef, type RefObject } from 'react'
import { revealCell } from './grid-scroll'

// Where the focus goes without a key press in the grid: into the table on a switch of section (at
// its cursor's cell), to a cell asked for by the warnings panel, and back to the cursor's cell
// after a re-render that asked for it (wantFocus).

export interface GridFocus {
  cellsRef: RefObject<Map<string, HTMLElement>>
  cursorKey: string
  focusOnMount?: boolean
  focusRequest?: { key: string; n: number }
  wantFocusRef: RefObject<boolean>
}

export function useGridFocus({ cellsRef, cursorKey, focusOnMount, focusRequest, wantFocusRef }: GridFocus): void {
  // Read once: focusing on mount is for the switch of section that mounted the grid.
  const onMount = useRef({ focus: focusOnMount, key: cursorKey })
  useEffect(() => {
    if (!onMount.current.focus) return
    const el = cellsRef.current.get(onMount.current.key)
    if (!el) return
    el.focus({ preventScroll: true })
    requestAnimationFrame(() => revealCell(el))
  }, [cellsRef])

  useEffect(() => {
    if (!wantFocusRef.current) return
    wantFocusRef.current = false
    const el = cellsRef.current.get(cursorKey)
    if (el && document.activeElement !== el) el.focus()
  })

  useEffect(() => {
    if (!focusRequest) return
    // Focusing the cell is enough: the grid's onFocus moves the cursor there.
    const el = cellsRef.current.get(focusRequest.key)
    el?.focus({ preventScroll: true })
    if (el) requestAnimationFrame(() => revealCell(el))
  }, [focusRequest, cellsRef])
}
