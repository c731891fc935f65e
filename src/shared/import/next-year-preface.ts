import { markYearReferences } from '../report/review-marker'

// Last year's 前言 as this year's: the statistics period and the report's own name move to the new
// year (their meaning is certain); any other year it names is marked for review like the text's.

/** A sentence about the statistics period ("统计期限自2023年1月1日起至2023年12月31日止"). */
const PERIOD_SENTENCE = /[^。\n]*统计(?:期限|时限|时间|周期|区间)[^。\n]*/g
/** The report naming itself: "2023年政府信息公开工作年度报告", "2023年度政府信息公开情况的报告". */
const OWN_NAME = /([12][0-9]{3})(\s*年度?)(?=[^。，,；;\n]{0,12}?(?:政府信息公开|信息公开)[^。，,；;\n]{0,12}?(?:年度报告|年报|报告))/g

/** Stands in for a moved part while the rest is marked (a private-use character no text holds). */
const HOLD = '\uE000'

export interface CarriedPreface {
  text: string
  /** How many years were moved to the new year, and how many left marked for review. */
  moved: number
  marked: number
}

export function carryPreface(text: string, lastYear: number, year: number): CarriedPreface {
  let moved = 0
  const move = (s: string) =>
    s.replace(new RegExp(`(?<![0-9])${lastYear}(?=\\s*年)`, 'g'), () => {
      moved++
      return String(year)
    })
  // Sentences of the period, then the report's own name; markers go around what is left.
  const placeholders: string[] = []
  const keep = (s: string) => `${HOLD}${placeholders.push(s) - 1}${HOLD}`
  let out = text.replace(PERIOD_SENTENCE, (s) => keep(move(s)))
  out = out.replace(OWN_NAME, (m, y: string) => (Number(y) === lastYear ? keep(move(m)) : m))
  const before = out
  out = markYearReferences(out)
  const marked = (out.match(/【请核对：/g) ?? []).length - (before.match(/【请核对：/g) ?? []).length
  out = out.replace(new RegExp(`${HOLD}(\\d+)${HOLD}`, 'g'), (_, i: string) => placeholders[Number(i)])
  return { text: out, moved, marked }
}
