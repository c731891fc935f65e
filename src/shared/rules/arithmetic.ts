import type { Fix, Warning } from './types'
import type { RuleContext } from './context'

// Shared pieces of the sum rules (C2, C3, C5).

/** Sum of the cells when every one is a usable number; undefined otherwise (no silent zeros). */
export function sumIfAll(ctx: RuleContext, keys: readonly string[]): number | undefined {
  let sum = 0
  for (const k of keys) {
    const n = ctx.num(k)
    if (n === undefined) return undefined
    sum += n
  }
  return sum
}

/** Signed difference as the messages say it: "相差1". */
export function gap(a: number, b: number): string {
  return `相差${Math.abs(a - b)}`
}

export function fillTotal(totalKey: string, totalName: string, sum: number): Fix {
  return { label: `将“${totalName}”改为${sum}`, set: { [totalKey]: sum } }
}

/**
 * A "total = sum of parts" check: skipped while the total or any part is blank, "/", text or
 * invalid (E4 and C6 report those), so a half-filled table raises no arithmetic alarm.
 */
export function checkSum(
  ctx: RuleContext,
  totalKey: string,
  partKeys: readonly string[],
  make: (sum: number, total: number) => Omit<Warning, 'cells' | 'fix'> & { totalName: string }
): Warning | undefined {
  const total = ctx.num(totalKey)
  if (total === undefined) return undefined
  const sum = sumIfAll(ctx, partKeys)
  if (sum === undefined || sum === total) return undefined
  const { totalName, ...w } = make(sum, total)
  return { ...w, cells: [totalKey, ...partKeys], fix: fillTotal(totalKey, totalName, sum) }
}
