import type { TextSectionKey } from '../../../shared/form'
import type { Acknowledgement, AgencyContact, CellValue, DeadlineKind, Report, ReportText, TextLink } from '../../../shared/report'
import { initHistory, record, redo, undo, type History, type RecordOptions } from './history'
import { endsSentence } from './text-edit'

// The editor's one source of truth: the report, its undo history, and a revision counter the
// autosave compares with what reached the disk.

export type MetaPatch = Partial<{
  agency: string
  contact: AgencyContact
  deadline: DeadlineKind
  signOff: Report['signOff']
}>

export type ReportAction =
  /** Any set of cells at once: one typed value, a pasted range, a cleared selection, a fix. */
  | { type: 'setCells'; set: Record<string, CellValue> }
  | { type: 'setText'; section: TextSectionKey; text: string; at?: number }
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
}

export function initEditorState(report: Report): EditorState {
  return { history: initHistory(report), revision: 0 }
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

function step(state: EditorState, next: Report, group: string | null = null, at = 0, opts?: RecordOptions): EditorState {
  const history = record(state.history, next, group, at, opts)
  return history === state.history ? state : { history, revision: state.revision + 1 }
}

export function reportReducer(state: EditorState, action: ReportAction): EditorState {
  const report = state.history.present
  switch (action.type) {
    case 'setCells':
      return step(state, withCells(report, action.set))
    case 'setText':
      if (report.text[action.section] === action.text) return state
      // Ctrl+Z takes back the last sentence or so: a group closes after a sentence end is typed.
      return step(state, { ...report, text: { ...report.text, [action.section]: action.text } }, `text:${action.section}`, action.at, {
        endsGroup: endsSentence(report.text[action.section], action.text)
      })
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
      return history === state.history ? state : { history, revision: state.revision + 1 }
    }
    case 'redo': {
      const history = redo(state.history)
      return history === state.history ? state : { history, revision: state.revision + 1 }
    }
    case 'load':
      return { history: initHistory(action.report), revision: state.revision + 1 }
  }
}
