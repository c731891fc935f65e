import { describe, expect, it } from 'vitest'
import { newReport } from '../../../src/shared/report'
import { canRedo, canUndo, currentReport, initEditorState, reportReducer, type EditorState, type ReportAction } from '../../../src/renderer/src/state/report-reducer'

const start = () => initEditorState(newReport({ agency: '某某市某某局', year: 2025, id: 'r1', now: new Date('2026-01-05T00:00:00Z') }))
const run = (state: EditorState, ...actions: ReportAction[]) => actions.reduce(reportReducer, state)

describe('report reducer', () => {
  it('sets a range of cells in one undoable step and undoes it whole', () => {
    const s = run(start(), { type: 'setCells', set: { 't3.new.natural': 5, 't3.new.total': 5, 't3.granted.natural': '/' } })
    expect(currentReport(s).cells['t3.new.natural']).toBe(5)
    expect(currentReport(s).cells['t3.granted.natural']).toBe('/')
    const u = run(s, { type: 'undo' })
    expect(currentReport(u).cells['t3.new.natural']).toBeNull()
    expect(currentReport(u).cells['t3.new.total']).toBeNull()
    expect(canRedo(u)).toBe(true)
    const r = run(u, { type: 'redo' })
    expect(currentReport(r).cells['t3.new.total']).toBe(5)
  })

  it('ignores keys that are not cells of the format and no-op changes', () => {
    const s0 = start()
    const s = run(s0, { type: 'setCells', set: { 't3.other.natural': 3, 't3.new.natural': null } })
    expect(s).toBe(s0)
    expect(canUndo(s)).toBe(false)
  })

  it('keeps invalid typed text in the model (never drops it)', () => {
    const s = run(start(), { type: 'setCells', set: { 't3.new.natural': '五件' } })
    expect(currentReport(s).cells['t3.new.natural']).toBe('五件')
  })

  it('merges consecutive typing in one text section into one undo step, but not across sections', () => {
    const s = run(
      start(),
      { type: 'setText', section: 'problems', text: '一', at: 1000 },
      { type: 'setText', section: 'problems', text: '一是', at: 1200 },
      { type: 'setText', section: 'other', text: '无', at: 1300 },
      { type: 'setText', section: 'problems', text: '一是二', at: 1400 }
    )
    const u1 = run(s, { type: 'undo' })
    expect(currentReport(u1).text.problems).toBe('一是')
    const u2 = run(u1, { type: 'undo' })
    expect(currentReport(u2).text.other).toBe('')
    const u3 = run(u2, { type: 'undo' })
    expect(currentReport(u3).text.problems).toBe('')
    expect(canUndo(u3)).toBe(false)
  })

  it('starts a new undo step after a pause in typing', () => {
    const s = run(start(), { type: 'setText', section: 'overview', text: 'a', at: 0 }, { type: 'setText', section: 'overview', text: 'ab', at: 5000 })
    expect(currentReport(run(s, { type: 'undo' })).text.overview).toBe('a')
  })

  it('undo spans cells, text and acknowledgements across the whole report', () => {
    const s = run(
      start(),
      { type: 'setCells', set: { 't4.review.total': 2 } },
      { type: 'setText', section: 'overview', text: '概述', at: 1 },
      { type: 'setAcknowledgements', list: [{ fingerprint: 'C5:review', rule: 'C5', explanation: '说明', values: {}, at: 'x' }] },
      { type: 'setMeta', patch: { deadline: 'government' } }
    )
    let u = s
    for (let i = 0; i < 4; i++) u = run(u, { type: 'undo' })
    const r = currentReport(u)
    expect([r.cells['t4.review.total'], r.text.overview, r.acknowledgements.length, r.deadline]).toEqual([null, '', 0, 'department'])
  })

  it('bumps the revision on every change, undo and redo included, and a new change clears redo', () => {
    const s1 = run(start(), { type: 'setCells', set: { 't4.review.upheld': 1 } })
    const s2 = run(s1, { type: 'undo' })
    expect(s2.revision).toBe(s1.revision + 1)
    const s3 = run(s2, { type: 'setCells', set: { 't4.review.corrected': 1 } })
    expect(canRedo(s3)).toBe(false)
    expect(run(s3, { type: 'undo' }, { type: 'undo' }).revision).toBe(s3.revision + 1) // second undo: nothing left
  })

  it('load replaces the report and forgets the history', () => {
    const s = run(start(), { type: 'setCells', set: { 't4.review.upheld': 1 } })
    const other = newReport({ agency: '乙', year: 2024, id: 'r2' })
    const l = run(s, { type: 'load', report: other })
    expect(currentReport(l).id).toBe('r2')
    expect(canUndo(l)).toBe(false)
  })
  it('F6: typing two sentences without a pause is two undo steps, the last sentence undone first', () => {
    const s = run(
      start(),
      { type: 'setText', section: 'problems', text: '一是问题', at: 0 },
      { type: 'setText', section: 'problems', text: '一是问题。', at: 200 },
      { type: 'setText', section: 'problems', text: '一是问题。二是问题', at: 1400 },
      { type: 'setText', section: 'problems', text: '一是问题。二是问题。', at: 1600 }
    )
    const u = run(s, { type: 'undo' })
    expect(currentReport(u).text.problems).toBe('一是问题。')
    expect(currentReport(run(u, { type: 'undo' })).text.problems).toBe('')
  })
})
