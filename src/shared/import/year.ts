import { isReportYear } from '../report/types'
import { toHalfWidth } from '../report/values'
import type { HeadingIndex, Line } from './sections'
import { simplifiedForMatching } from './traditional'

// The report's year and agency when the title does not give them: the statistics period the
// introduction states ("统计期限自2024年1月1日起至2024年12月31日止"), else the year the opening
// sentence starts with ("我办2022年度…", "2022年，我局…"). Nothing else is guessed: a year not
// found is reported as unknown and the user picks it.

export type YearSource = 'title' | 'period' | 'opening'

const PERIOD = /(?:统计期限|统计时限|统计时间|统计周期|数据统计)[^。]{0,12}?(\d{4})年1月1日[起至到—－\-~～]*(?:至|到|—|－|-|~|～)?\s*(\d{4})年12月31日/
// The sentence starts with the year ("2022年，…", "2022年度…", "2022年以来…"), or with the office speaking of itself
// then the year of the report ("我办2022年度…"); "我局2020年主动公开…" compares with another year.
const OPENING = /^(?:(\d{4})年(?:度|以来|[，,])|[我本][\u4e00-\u9fa5]{1,4}?(\d{4})年度)/
const MADE_BY = /由([^，。；、（）()《》]{2,30}?)(?:负责)?(?:(?:根据|依据|按照)[^，。；]*?)?编制/

const compact = (s: string) => toHalfWidth(s).replace(/\s+/g, '')

/** The year the statistics period covers (a whole calendar year), and where it is stated. */
export function yearFromPeriod(lines: readonly Line[], before: number): { year: number; where: string } | undefined {
  for (let i = 0; i < Math.min(before, lines.length); i++) {
    const m = PERIOD.exec(simplifiedForMatching(compact(lines[i].text)))
    if (m && m[1] === m[2] && isReportYear(Number(m[1]))) return { year: Number(m[1]), where: lines[i].where }
  }
  return undefined
}

/** The year the introduction's or one of section 一's first paragraphs starts with. */
export function yearFromOpening(lines: readonly Line[], headings: HeadingIndex): { year: number; where: string } | undefined {
  const start = headings.overview ?? 0
  const candidates = [
    ...lines.slice(0, start).filter((l) => l.text.trim() !== ''),
    ...lines.slice(start + 1, start + 4).filter((l) => l.text.trim() !== '')
  ]
  for (const l of candidates) {
    const s = simplifiedForMatching(compact(l.text))
    if (s.length < 20) continue // a title or a heading, not a sentence
    const m = OPENING.exec(s)
    const year = Number(m?.[1] ?? m?.[2])
    if (m && isReportYear(year)) return { year, where: l.where }
  }
  return undefined
}

/** The agency the introduction names as the report's author ("由某某局编制"). */
export function agencyFromText(lines: readonly Line[], before: number): string | undefined {
  for (let i = 0; i < Math.min(before, lines.length); i++) {
    const m = MADE_BY.exec(compact(lines[i].text))
    if (m && !/本(?:机关|单位|局|办|委)$/.test(m[1])) return m[1]
  }
  return undefined
}
