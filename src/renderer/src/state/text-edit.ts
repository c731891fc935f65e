// What a text edit typed, for undo grouping: a group ends at the end of a sentence, as in Word/WPS.

/** Sentence and line ends, full- and half-width. */
const SENTENCE_END = /[。；！？;!?\n]/

/** The characters inserted going from `before` to `after` (one contiguous change, as typing makes). */
export function insertedText(before: string, after: string): string {
  let start = 0
  const max = Math.min(before.length, after.length)
  while (start < max && before[start] === after[start]) start++
  let end = 0
  while (end < max - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  return after.slice(start, after.length - end)
}

/** True when the edit typed a sentence or line end: the undo step closes after it. */
export function endsSentence(before: string, after: string): boolean {
  return SENTENCE_END.test(insertedText(before, after))
}
