import { isInvalidText, isNotApplicable } from '../report/values'
import type { CellValue } from '../report/types'
import { NOT_APPLICABLE } from '../report/types'

// The sum of one cell over departments. A blank cell is no number, not 0: the sum stays blank only
// when every department left it blank; "/" (not applicable) counts as nothing; a cell holding text
// that is not a number makes the sum unknown (blank, said), never a guess.

export type SumOutcome = { value: CellValue } | { value: null; unknownBecause: number[] }

/** Digits after the decimal point, as the number is written (amounts such as 18.871 万元). */
function decimals(n: number): number {
  const s = String(n)
  if (s.includes('e')) return 0
  const dot = s.indexOf('.')
  return dot < 0 ? 0 : s.length - dot - 1
}

/** Exact for the decimals reports use: adds scaled integers, so 0.1 + 0.2 is 0.3. */
export function exactSum(numbers: readonly number[]): number {
  const places = Math.min(6, Math.max(0, ...numbers.map(decimals)))
  const scale = 10 ** places
  const total = numbers.reduce((acc, n) => acc + Math.round(n * scale), 0)
  return total / scale
}

/** Sums one cell's values; `unknownBecause` lists the indexes of the values that are not numbers. */
export function sumValues(values: readonly CellValue[]): SumOutcome {
  const numbers: number[] = []
  const bad: number[] = []
  let notApplicable = false
  values.forEach((v, i) => {
    if (typeof v === 'number') numbers.push(v)
    else if (isNotApplicable(v)) notApplicable = true
    else if (isInvalidText(v)) bad.push(i)
  })
  if (bad.length > 0) return { value: null, unknownBecause: bad }
  if (numbers.length > 0) return { value: exactSum(numbers) }
  return { value: notApplicable ? NOT_APPLICABLE : null }
}
