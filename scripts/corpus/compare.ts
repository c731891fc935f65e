import type { CellValue } from '../../src/shared/report/types'

// Cell-by-cell comparison of what the importer read with the hand-checked truth.

export interface CellTally {
  right: number
  /** Of the right cells, those blank in the truth (nothing read is right there, so they say less). */
  rightBlank: number
  wrong: number
  missing: number
  /** Cells the importer filled that the file does not show (outside the truth): guesses. */
  unsupported: number
  /** The wrong and missing cells, "key: truth → read", for the report. */
  details: string[]
}

export function emptyTally(): CellTally {
  return { right: 0, rightBlank: 0, wrong: 0, missing: 0, unsupported: 0, details: [] }
}

function same(a: CellValue | undefined, b: CellValue | undefined): boolean {
  const x = a ?? null
  const y = b ?? null
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) < 1e-9
  return x === y
}

/** Blank in the truth and nothing read are the same; a number read where the truth is blank is wrong. */
export function compareCells(truth: Record<string, CellValue>, read: Record<string, CellValue>): CellTally {
  const t = emptyTally()
  for (const [key, want] of Object.entries(truth)) {
    const got = read[key] ?? null
    if (same(want, got)) {
      t.right++
      if (want === null) t.rightBlank++
    }    else if (got === null) {
      t.missing++
      t.details.push(`${key}: ${JSON.stringify(want)} → (空)`)
    } else {
      t.wrong++
      t.details.push(`${key}: ${JSON.stringify(want)} → ${JSON.stringify(got)}`)
    }
  }
  for (const [key, got] of Object.entries(read)) if (!(key in truth) && got !== null) t.unsupported++
  return t
}

export function addTally(into: CellTally, t: CellTally): void {
  into.right += t.right
  into.rightBlank += t.rightBlank
  into.wrong += t.wrong
  into.missing += t.missing
  into.unsupported += t.unsupported
}
