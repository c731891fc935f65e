import { layoutOf, type TextKey } from '../../../shared/form'
import { fillTotals, type Acknowledgement, type AgencyContact, type CellValue, type DeadlineKind, type Report, type ReportText, type TextLink } from '../../../shared/report'
import { initHistory, record, redo, undo, type History, type RecordOptions } from './history'
import { editRange, endsSentence } from './text-edit'

// The editor's one source of truth: the report, its undo history, and a revision counter the
// autosave compares with what reached the disk.

export type MetaPatch = Partial<{
  agency: string
  contact: AgencyContact
  deadline: DeadlineKind
  signOff: Report['signOff']
  titleBreaks: string[] | undefined
}>

export type ReportAction =
  /** Any set of cells at once: one typed value, a pasted range, a cleared selection, a fix. */
  | { type: 'setCells'; set: Record<string, CellValue> }
  | { type: 'setText'; section: TextKey; text: string; at?: number }
  | { type: 'setMeta'; patch: MetaPatch; at?: number }
  | { type: 'setAcknowledgements'; list: Acknowledgement[] }
  /** Drafted statements inserted, or a linked figure updated: the text and its links in one step. */
  | { type: 'setLinkedText'; text: ReportText; textLinks: TextLink[] }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A report loaded or reloaded from storage: starts a fresh history. */
  | { type: 'load'; report: Report }

export interface EditorState {
  history: History<Report>
  /** Bumped on every change of the report, undo and redo included. */
  revision: number
  /** 总计 cells fill themselves from their parts (the app setting); see computed-totals. */
  autoTotals?: boolean
  /** Where the last text edit left the caret: an edit elsewhere starts a new undo step. */
  caret?: { section: TextKey; at: number }
}

export function initEditorState(report: Report, autoTotals = false): EditorState {
  return { history: initHistory(report), revision: 0, autoTotals }
}

export function currentReport(state: EditorState): Report {
  return state.history.present
}

export function canUndo(state: EditorState): boolean {
  return state.history.past.length > 0
}

export function canRedo(state: EditorState): boolean {
  return state.history.future.length > 0
}

function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  return (a ?? null) === (b ?? null)
}

function withCells(report: Report, set: Record<string, CellValue>): Report {
  // Unknown keys are ignored: the grid only produces keys of the report's format.
  const changed = Object.entries(set).filter(([k, v]) => k in report.cells && !sameValue(report.cells[k], v))
  if (changed.length === 0) return report
  return { ...report, cells: { ...report.cells, ...Object.fromEntries(changed) } }
}

/** The cells as set by the clerk, with the totals they did not type computed (when the setting is on). */
function withEdit(report: Report, set: Record<string, CellValue>, autoTotals: boolean): Report {
  const next = withCells(report, set)
  if (!autoTotals) return next
  // A total the clerk set is theirs (a cleared one is computed again below, being blank).
  const before = report.computed ?? []
  const kept = before.filter((k) => !(k in set))
  const { cells, computed } = fillTotals(layoutOf(next.format, next.cells), next.cells, kept)
  if (cells === next.cells && computed === kept && kept.length === before.length) return next
  return { ...next, cells, computed: [...computed] }
}

function step(state: EditorState, next: Report, group: string | null = null, at = 0, opts?: RecordOptions): EditorState {
  const history = record(state.history, next, group, at, opts)
  return history === state.history ? state : { ...state, history, revision: state.revision + 1, caret: undefined }
}

function textStep(state: EditorState, section: TextKey, text: string, at = 0): EditorState {
  const report = state.history.present
  const before = report.text[section] ?? ''
  const range = editRange(before, text)
  // Typing on where the last edit ended (or deleting back from there) is one step; an edit
  // anywhere else is a step of its own, so undo takes back each change where it was made.
  const onward = state.caret?.section === section && range.start <= state.caret.at && state.caret.at <= range.removedEnd
  const next = step(state, { ...report, text: { ...report.text, [section]: text } }, `text:${section}`, at, {
    // Ctrl+Z takes back the last sentence or so: a group closes after a sentence end is typed.
    endsGroup: endsSentence(before, text),
    startsGroup: !onward
  })
  return next === state ? state : { ...next, caret: { section, at: range.insertedEnd } }
}

export function reportReducer(state: EditorState, action: ReportAction): EditorState {
  const report = state.history.present
  switch (action.type) {
    case 'setCells':
      return step(state, withEdit(report, action.set, !!state.autoTotals))
    case 'setText':
      if ((report.text[action.section] ?? '') === action.text) return state
      return textStep(state, action.section, action.text, action.at)
    case 'setMeta': {
      const patch = action.patch
      const keys = Object.keys(patch) as (keyof MetaPatch)[]
      if (keys.every((k) => JSON.stringify(report[k]) === JSON.stringify(patch[k]))) return state
      return step(state, { ...report, ...patch }, `meta:${keys.join(',')}`, action.at)
    }
    case 'setAcknowledgements':
      return step(state, { ...report, acknowledgements: action.list })
    case 'setLinkedText':
      return step(state, { ...report, text: action.text, textLinks: action.textLinks })
    case 'undo': {
      const history = undo(state.history)
      return history === state.history ? state : { ...state, history, revision: state.revision + 1, caret: undefined }
    }
    case 'redo': {
      const history = redo(state.history)
      return history === state.history ? state : { ...state, history, revision: state.revision + 1, caret: undefined }
    }
    case 'load':
      return { history: initHistory(action.report), revision: state.revision + 1, autoTotals: state.autoTotals }
  }
}
