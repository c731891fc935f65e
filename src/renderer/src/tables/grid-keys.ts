import type { Move } from './grid-model'

// What a key press means in a table cell, as a pure function of the key and the editing mode, so
// the spreadsheet behaviour is testable without a DOM.

export type CellMode = 'idle' | 'typing' | 'editing'

/** The cell being typed into: its text so far, how it is edited, and why Enter refused it. */
export interface Editing {
  key: string
  draft: string
  mode: Exclude<CellMode, 'idle'>
  error?: string
}

export type GridCommand =
  | { kind: 'move'; dir: Move; extend: boolean; commit: boolean }
  | { kind: 'commit-move'; dir: Move }
  | { kind: 'cancel' }
  | { kind: 'clear' }
  | { kind: 'edit' }
  /** A printable key on a selected cell: open its editor empty, the key's character goes into it. */
  | { kind: 'type' }
  | { kind: 'native' }

export interface KeyInput {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

/** One character the key would type (key names such as "Enter" or "F2" are longer). */
export function isPrintable(e: KeyInput): boolean {
  return !e.ctrlKey && !e.metaKey && !e.altKey && [...e.key].length === 1
}

const ARROWS: Record<string, Move> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' }

/**
 * idle: the cell is selected, nothing typed; typing: the user started typing over the value (Excel's
 * "enter" mode: arrows still move); editing: F2 or double-click (arrows move the caret).
 */
export function commandFor(e: KeyInput, mode: CellMode): GridCommand {
  if (e.altKey) return { kind: 'native' }
  const ctrl = e.ctrlKey || e.metaKey
  const arrow = ARROWS[e.key]
  if (arrow && !ctrl) {
    if (mode === 'editing') return { kind: 'native' }
    return { kind: 'move', dir: arrow, extend: e.shiftKey && mode === 'idle', commit: mode === 'typing' }
  }
  if (ctrl && (e.key === 'Home' || e.key === 'End')) {
    // Ctrl+Home / Ctrl+End: the table's first / last value cell (inside the text being edited: the caret).
    if (mode === 'editing') return { kind: 'native' }
    return { kind: 'move', dir: e.key === 'Home' ? 'first' : 'last', extend: e.shiftKey && mode === 'idle', commit: mode === 'typing' }
  }
  switch (e.key) {
    case 'PageUp':
    case 'PageDown':
      if (ctrl) return { kind: 'native' } // Ctrl+PageUp / PageDown switch sections (the editor's shortcut)
      return { kind: 'move', dir: e.key === 'PageUp' ? 'pageUp' : 'pageDown', extend: e.shiftKey && mode === 'idle', commit: mode !== 'idle' }
    case 'Tab':
      return { kind: 'commit-move', dir: e.shiftKey ? 'prev' : 'next' }
    case 'Enter':
      return { kind: 'commit-move', dir: e.shiftKey ? 'up' : 'down' }
    case 'Escape':
      return mode === 'idle' ? { kind: 'native' } : { kind: 'cancel' }
    case 'F2':
      return mode === 'editing' ? { kind: 'native' } : { kind: 'edit' }
    case 'Delete':
    case 'Backspace':
      return mode === 'idle' ? { kind: 'clear' } : { kind: 'native' }
    case 'Home':
    case 'End':
      if (mode === 'editing') return { kind: 'native' }
      return { kind: 'move', dir: e.key === 'Home' ? 'home' : 'end', extend: e.shiftKey && mode === 'idle', commit: mode === 'typing' }
  }
  // Typing on a selected cell replaces its value, as in a spreadsheet.
  if (mode === 'idle' && isPrintable(e)) return { kind: 'type' }
  return { kind: 'native' }
}
