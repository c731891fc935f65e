// Undo/redo over whole-report snapshots. Reports are small (a few hundred cells), so keeping
// immutable snapshots is simpler and safer than recording inverse operations.

export interface History<T> {
  past: readonly T[]
  present: T
  future: readonly T[]
  /** Identifies the last recorded step, so consecutive typing in one field merges into one step. */
  lastGroup: string | null
  lastAt: number
  /** When the open group's first step was recorded: a group never spans more than GROUP_MAX_MS. */
  groupStart: number
  /** The last step ended its group (a sentence end was typed): the next step starts a new one. */
  closed: boolean
}

export const HISTORY_LIMIT = 300
/** Keystrokes in the same text field closer than this are one undo step. */
export const GROUP_WINDOW_MS = 1500
/** However steady the typing, one undo step covers at most this long (as Word/WPS do). */
export const GROUP_MAX_MS = 5000

export interface RecordOptions {
  /** This step closes its group, e.g. it typed the end of a sentence. */
  endsGroup?: boolean
  /** This step never merges with the one before, e.g. it edits another place of the text. */
  startsGroup?: boolean
}

export function initHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastGroup: null, lastAt: 0, groupStart: 0, closed: false }
}

/** Records a new present; `group` merges with the previous step when recent, open and the same. */
export function record<T>(h: History<T>, next: T, group: string | null = null, at = 0, opts: RecordOptions = {}): History<T> {
  if (next === h.present) return h
  const merge =
    group !== null &&
    group === h.lastGroup &&
    !h.closed &&
    !opts.startsGroup &&
    at - h.lastAt < GROUP_WINDOW_MS &&
    at - h.groupStart < GROUP_MAX_MS &&
    h.future.length === 0
  const past = merge ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT)
  return { past, present: next, future: [], lastGroup: group, lastAt: at, groupStart: merge ? h.groupStart : at, closed: !!opts.endsGroup }
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h
  const prev = h.past[h.past.length - 1]
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future], lastGroup: null, lastAt: 0, groupStart: 0, closed: false }
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h
  const [next, ...rest] = h.future
  return { past: [...h.past, h.present], present: next, future: rest, lastGroup: null, lastAt: 0, groupStart: 0, closed: false }
}
