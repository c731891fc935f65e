import { describe, expect, it } from 'vitest'
import { commandFor, isPrintable, type KeyInput } from '../../../src/renderer/src/tables/grid-keys'

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods })

describe('spreadsheet keys in a table cell', () => {
  it('arrows move from a selected cell and extend the selection with Shift', () => {
    expect(commandFor(key('ArrowDown'), 'idle')).toEqual({ kind: 'move', dir: 'down', extend: false, commit: false })
    expect(commandFor(key('ArrowRight', { shiftKey: true }), 'idle')).toEqual({ kind: 'move', dir: 'right', extend: true, commit: false })
  })

  it('arrows commit what was typed over a value and move on, as in Excel', () => {
    expect(commandFor(key('ArrowUp'), 'typing')).toEqual({ kind: 'move', dir: 'up', extend: false, commit: true })
  })

  it('arrows move the caret while editing in place (F2)', () => {
    expect(commandFor(key('ArrowLeft'), 'editing').kind).toBe('native')
    expect(commandFor(key('Home'), 'editing').kind).toBe('native')
  })

  it('Enter commits and moves down, Shift+Enter up; Tab right, Shift+Tab left', () => {
    expect(commandFor(key('Enter'), 'typing')).toEqual({ kind: 'commit-move', dir: 'down' })
    expect(commandFor(key('Enter', { shiftKey: true }), 'idle')).toEqual({ kind: 'commit-move', dir: 'up' })
    expect(commandFor(key('Tab'), 'editing')).toEqual({ kind: 'commit-move', dir: 'next' })
    expect(commandFor(key('Tab', { shiftKey: true }), 'idle')).toEqual({ kind: 'commit-move', dir: 'prev' })
  })

  it('Delete and Backspace clear a selected cell but edit text while typing', () => {
    expect(commandFor(key('Delete'), 'idle').kind).toBe('clear')
    expect(commandFor(key('Backspace'), 'idle').kind).toBe('clear')
    expect(commandFor(key('Backspace'), 'typing').kind).toBe('native')
  })

  it('Escape cancels typing; F2 starts editing in place', () => {
    expect(commandFor(key('Escape'), 'typing').kind).toBe('cancel')
    expect(commandFor(key('Escape'), 'idle').kind).toBe('native')
    expect(commandFor(key('F2'), 'idle').kind).toBe('edit')
  })

  it('leaves Ctrl and Alt shortcuts to the app (undo, copy, paste)', () => {
    expect(commandFor(key('ArrowDown', { ctrlKey: true }), 'idle').kind).toBe('native')
    expect(commandFor(key('z', { ctrlKey: true }), 'idle').kind).toBe('native')
    expect(commandFor(key('ArrowDown', { altKey: true }), 'idle').kind).toBe('native')
  })
})

describe('Excel navigation keys', () => {
  it('Ctrl+Home / Ctrl+End go to the first / last value cell; while editing they move the caret', () => {
    expect(commandFor(key('Home', { ctrlKey: true }), 'idle')).toEqual({ kind: 'move', dir: 'first', extend: false, commit: false })
    expect(commandFor(key('End', { ctrlKey: true, shiftKey: true }), 'idle')).toEqual({ kind: 'move', dir: 'last', extend: true, commit: false })
    expect(commandFor(key('End', { ctrlKey: true }), 'typing')).toEqual({ kind: 'move', dir: 'last', extend: false, commit: true })
    expect(commandFor(key('End', { ctrlKey: true }), 'editing').kind).toBe('native')
  })
  it('PageUp / PageDown move a page, committing what was typed; with Ctrl they are left to the editor', () => {
    expect(commandFor(key('PageDown'), 'idle')).toEqual({ kind: 'move', dir: 'pageDown', extend: false, commit: false })
    expect(commandFor(key('PageUp'), 'typing')).toEqual({ kind: 'move', dir: 'pageUp', extend: false, commit: true })
    expect(commandFor(key('PageDown', { ctrlKey: true }), 'idle').kind).toBe('native')
  })
})

describe('typing on a selected cell', () => {
  it('a printable key opens the editor (its character goes into it), in any script and for "/"', () => {
    for (const k of ['5', '/', 'a', '五', '３', ' ']) expect(commandFor(key(k), 'idle')).toEqual({ kind: 'type' })
    // A character outside the Basic Multilingual Plane is one key too.
    expect(isPrintable(key('𠀀'))).toBe(true)
  })
  it('named keys and shortcuts do not type', () => {
    for (const k of ['Shift', 'Control', 'CapsLock', 'F5', 'Insert', 'ContextMenu']) expect(commandFor(key(k), 'idle').kind).toBe('native')
    expect(commandFor(key('c', { ctrlKey: true }), 'idle').kind).toBe('native')
    expect(commandFor(key('v', { metaKey: true }), 'idle').kind).toBe('native')
    expect(commandFor(key('5', { altKey: true }), 'idle').kind).toBe('native')
  })
  it('while typing or editing, characters go to the editor as they are', () => {
    expect(commandFor(key('5'), 'typing').kind).toBe('native')
    expect(commandFor(key('5'), 'editing').kind).toBe('native')
  })
})
