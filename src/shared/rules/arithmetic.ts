import type { Fix, Warning } from './types'
import type { RuleContext } from './context'

// Shared pieces of the sum rules (C2, C3, C5).

/** Signed difference as the messages say it: "相差1". */
export function gap(a: number, b: number): string {
  return `相差${Math.abs(a - b)}`
}

export function fillTotal(totalKey: string, totalName: string, sum: number): Fix {
  return { label: `将“${totalName}”改为${sum}`, set: { [totalKey]: sum } }
}

/** A blank cell: still to be typed, so any count of 0 or more may come. */
export function isBlank(ctx: RuleContext, key: string): boolean {
  const v = ctx.value(key)
  return v === null || v === undefined || v === ''
}

/**
 * Sum of the usable cells and how many are blank; undefined when one is "/", text or invalid. A
 * running computed total counts as what it holds so far and as a blank: it can still grow.
 */
export function knownSum(ctx: RuleContext, keys: readonly string[]): { sum: number; blanks: number } | undefined {
  let sum = 0
  let blanks = 0
  for (const k of keys) {
    const n = ctx.num(k)
    if (n !== undefined) {
      sum += n
      if (ctx.provisional(k)) blanks++
    } else if (isBlank(ctx, k)) blanks++
    else return undefined
  }
  return { sum, blanks }
}

/**
 * A "total = sum of parts" check. With every part filled, any difference is an error with a fix.
 * With parts still blank, only a certain violation is reported: the filled parts already exceed
 * the total (counts are never negative), so no value typed later can make it add up. A "/", text
 * or invalid cell is left to E4 and C6.
 */
export function checkSum(
  ctx: RuleContext,
  totalKey: string,
  partKeys: readonly string[],
  make: (sum: number, total: number, unfinished: boolean) => Omit<Warning, 'cells' | 'fix'> & { totalName: string }
): Warning | undefined {
  const total = ctx.num(totalKey)
  // A running computed total may still grow: nothing certain to say about it yet.
  if (total === undefined || ctx.provisional(totalKey)) return undefined
  const known = knownSum(ctx, partKeys)
  if (!known || known.sum === total) return undefined
  if (known.blanks > 0) {
    if (known.sum < total) return undefined // the blanks may still make it add up
    const w = make(known.sum, total, true)
    return { rule: w.rule, severity: w.severity, section: w.section, fingerprint: w.fingerprint, message: w.message, cells: [totalKey, ...partKeys] }
  }
  const { totalName, ...w } = make(known.sum, total, false)
  return { ...w, cells: [totalKey, ...partKeys], fix: fillTotal(totalKey, totalName, known.sum) }
}

/** The words of an unfinished sum's message: "已填的…之和已为9，超过…3（尚有空格未填，计数不能为负）". */
export const STILL_BLANK = '（尚有空格未填，但计数不能为负，已无法相等）'
