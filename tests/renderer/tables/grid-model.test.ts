import { describe, expect, it } from 'vitest'
import { FORMATS, tableLayout } from '../../../src/shared/form'
import { buildGridModel, enterAfterTabs, keyAt, move, rangeKeys } from '../../../src/renderer/src/tables/grid-model'

const t3 = buildGridModel(tableLayout(FORMATS['2021'].tables.t3))
const t2 = buildGridModel(tableLayout(FORMATS['2021'].tables.t2))
const t4 = buildGridModel(tableLayout(FORMATS['2021'].tables.t4))

describe('grid navigation model', () => {
  it('holds every value cell of 三 as 25 rows × 7 columns in reading order', () => {
    expect(t3.keys.length).toBe(25)
    expect(t3.keys.every((r) => r.length === 7)).toBe(true)
    expect(keyAt(t3, { r: 0, c: 0 })).toBe('t3.new.natural')
    expect(keyAt(t3, { r: 24, c: 6 })).toBe('t3.carriedForward.total')
    expect(t3.positions.get('t3.rejected.repeat.natural')).toEqual({ r: 16, c: 0 })
  })

  it('moves with arrows and stays at the edges', () => {
    expect(move(t3, { r: 0, c: 0 }, 'up')).toEqual({ r: 0, c: 0 })
    expect(move(t3, { r: 0, c: 0 }, 'left')).toEqual({ r: 0, c: 0 })
    expect(move(t3, { r: 0, c: 0 }, 'down')).toEqual({ r: 1, c: 0 })
    expect(move(t3, { r: 0, c: 6 }, 'right')).toEqual({ r: 0, c: 6 })
    expect(move(t3, { r: 24, c: 3 }, 'down')).toEqual({ r: 24, c: 3 })
  })

  it('Tab wraps to the next row and Shift+Tab to the end of the previous one', () => {
    expect(move(t3, { r: 0, c: 6 }, 'next')).toEqual({ r: 1, c: 0 })
    expect(move(t3, { r: 1, c: 0 }, 'prev')).toEqual({ r: 0, c: 6 })
  })

  it('clamps the column when moving into a shorter row of 二', () => {
    const regsInForce = t2.positions.get('t2.normativeDocs.inForce')!
    const down = move(t2, regsInForce, 'down')
    expect(keyAt(t2, down)).toBe('t2.licensing.decisions')
  })

  it('has the 15 cells of 四 in one row', () => {
    expect(t4.keys).toHaveLength(1)
    expect(t4.keys[0]).toHaveLength(15)
    expect(keyAt(t4, move(t4, { r: 0, c: 4 }, 'right'))).toBe('t4.suitDirect.upheld')
  })

  it('lists a rectangular range whichever corner is first', () => {
    expect(rangeKeys(t3, { r: 1, c: 1 }, { r: 0, c: 0 })).toEqual([
      ['t3.new.natural', 't3.new.commercial'],
      ['t3.carriedOver.natural', 't3.carriedOver.commercial']
    ])
  })
})

describe('Excel moves: Ctrl+Home/End, PageUp/PageDown, Enter after a run of Tabs', () => {
  const m = buildGridModel(tableLayout(FORMATS['2021'].tables.t3))
  const last = m.keys.length - 1
  it('goes to the first and the last value cell', () => {
    expect(move(m, { r: 5, c: 3 }, 'first')).toEqual({ r: 0, c: 0 })
    expect(move(m, { r: 5, c: 3 }, 'last')).toEqual({ r: last, c: 6 })
  })
  it('moves a page of rows, keeping the column and stopping at the edges', () => {
    expect(move(m, { r: 2, c: 4 }, 'pageDown', 8)).toEqual({ r: 10, c: 4 })
    expect(move(m, { r: 20, c: 4 }, 'pageDown', 8)).toEqual({ r: last, c: 4 })
    expect(move(m, { r: 3, c: 1 }, 'pageUp', 8)).toEqual({ r: 0, c: 1 })
  })
  it('Enter after Tabs returns to the column where the run began, on the next row', () => {
    expect(enterAfterTabs(m, { r: 4, c: 3 }, { r: 4, c: 1 })).toEqual({ r: 5, c: 1 })
    expect(enterAfterTabs(m, { r: 4, c: 3 }, null)).toEqual({ r: 5, c: 3 })
    expect(enterAfterTabs(m, { r: last, c: 3 }, { r: last, c: 0 })).toEqual({ r: last, c: 3 })
  })
})
