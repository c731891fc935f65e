import { describe, expect, it } from 'vitest'
import { newReport } from '../../../src/shared/report'
import { currentReport, initEditorState, reportReducer, type EditorState, type ReportAction } from '../../../src/renderer/src/state/report-reducer'
import { describeStep } from '../../../src/renderer/src/state/step-summary'

const report = () => newReport({ agency: '某某市某某局', year: 2025, id: 'r1', now: new Date('2026-01-05T00:00:00Z') })
const run = (state: EditorState, ...actions: ReportAction[]) => actions.reduce(reportReducer, state)
const steps = (s: EditorState) => s.history.past.length

/** What undo would say and show now: the step from the present back to the last past snapshot. */
const undoView = (s: EditorState) => describeStep(s.history.present, s.history.past[s.history.past.length - 1], '基本信息与落款')

describe('undo steps the clerk can see', () => {
  it('names the cell with its table, row and column from the form, and the values before and after', () => {
    const s = run(initEditorState(report()), { type: 'setCells', set: { 't3.granted.natural': 3 } }, { type: 'setCells', set: { 't3.granted.natural': 5 } })
    expect(undoView(s)).toEqual({ cell: 't3.granted.natural', what: '表三 （一）予以公开·自然人 5→3' })
  })

  it('with computed totals, names the part typed, not the totals that followed it', () => {
    const s = run(initEditorState(report(), true), { type: 'setCells', set: { 't3.granted.natural': 5 } })
    expect(currentReport(s).cells['t3.total.total']).toBe(5)
    expect(undoView(s)?.cell).toBe('t3.granted.natural')
    expect(undoView(s)?.what).toBe('表三 （一）予以公开·自然人 5→空白')
  })

  it('a paste or a fix of several cells is one step, named by its first cell and its count', () => {
    const s = run(initEditorState(report()), { type: 'setCells', set: { 't3.granted.natural': 1, 't3.granted.commercial': 2, 't3.granted.research': 3 } })
    expect(steps(s)).toBe(1)
    expect(undoView(s)).toEqual({ cell: 't3.granted.natural', what: '表三 （一）予以公开·自然人 等3格' })
  })

  it('typing over a computed total is a step that makes it typed; undo makes it computed again', () => {
    let s = run(initEditorState(report(), true), { type: 'setCells', set: { 't4.review.upheld': 2 } })
    s = run(s, { type: 'setCells', set: { 't4.review.total': 3 } })
    expect(currentReport(s).computed).not.toContain('t4.review.total')
    s = run(s, { type: 'undo' })
    expect(currentReport(s).cells['t4.review.total']).toBe(2)
    expect(currentReport(s).computed).toContain('t4.review.total')
  })

  it('text: edits at different places are separate steps even when typed quickly, and each selects its words', () => {
    const base = '甲【请核对：2024年】乙【请核对：2024年】丙'
    let s = run(initEditorState({ ...report(), text: { ...report().text, overview: base } }))
    // The clerk deletes the two markers' brackets one after the other within a second.
    const one = base.replace('【请核对：2024年】乙', '2024年乙')
    const two = one.replace('【请核对：2024年】丙', '2024年丙')
    s = run(s, { type: 'setText', section: 'overview', text: one, at: 1000 }, { type: 'setText', section: 'overview', text: two, at: 1300 })
    expect(steps(s)).toBe(2)
    const view = undoView(s)!
    const at = one.indexOf('【请核对：2024年】丙')
    expect(view.text).toEqual({ section: 'overview', start: at, end: at + '【请核对：2024年】'.length })
    expect(view.what).toBe('一、总体情况 “2024年”→“【请核对：2024年】”')
  })

  it('text: typing on at the caret is one step until a pause or a sentence end', () => {
    const s = run(
      initEditorState(report()),
      { type: 'setText', section: 'problems', text: '一', at: 1000 },
      { type: 'setText', section: 'problems', text: '一是', at: 1200 },
      { type: 'setText', section: 'problems', text: '一', at: 1400 },
      { type: 'setText', section: 'problems', text: '一是', at: 1500 }
    )
    expect(steps(s)).toBe(1)
  })
})
