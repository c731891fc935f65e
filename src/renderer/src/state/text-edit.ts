// What a text edit typed, for undo grouping: a group ends at the end of a sentence, as in Word/WPS.

/** Sentence and line ends, full- and half-width. */
const SENTENCE_END = /[。；！？;!?\n]/

/** Where one contiguous change (as typing makes) went from `before` to `after`. */
export interface EditRange {
  start: number
  /** End of the replaced characters in `before`. */
  removedEnd: number
  /** End of the inserted characters in `after`: where the caret is after typing. */
  insertedEnd: number
}

export function editRange(before: string, after: string): EditRange {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before[start] === after[start]) start++
  let end = 0
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return { start, removedEnd: before.length - end, insertedEnd: after.length - end }
}

/** The characters inserted going from `before` to `after` (one contiguous change, as typing makes). */
export function insertedText(before: string, after: string): string {
  const r = editRange(before, after)
  return after.slice(r.start, r.insertedEnd)
}

/** True when the edit typed a sentence or line end: the undo step closes after it. */
export function endsSentence(before: string, after: string): boolean {
  return SENTENCE_END.test(insertedText(before, after))
}
