// Reading the small Chinese numerals reports sometimes use ("收到申请十二件", "两件").

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

export const CHINESE_NUMERAL = '[零〇一二两三四五六七八九十百千]+'

/** Value of a numeral like 十二, 二十, 一百零五; undefined when it is not a well-formed number. */
export function parseChineseNumber(s: string): number | undefined {
  let total = 0
  let digit: number | undefined
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined // "一二" is not a number
      digit = DIGITS[ch]
    } else if (ch in UNITS) {
      total += (digit ?? 1) * UNITS[ch]
      digit = undefined
    } else return undefined
  }
  return total + (digit ?? 0)
}
