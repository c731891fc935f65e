import { toHalfWidth } from '../report/values'

// Every "NNNN年" in a text with the context that makes it honest, extracted once per text.

export interface YearMention {
  year: number
  start: number
  end: number
  /** Inside 《…》 (a document's title) or part of a range like 2016—2020年 (a plan period). */
  title: boolean
  /** 自2019年…以来, 2008年5月1日起施行: a date something started. */
  historical: boolean
  /** The sentence gives the report's statistics period ("统计期限…"): only the report's year belongs there. */
  statsPeriod: boolean
  /** "2021年以来": since a whole year (an opener last year's report also had), not since a date. */
  sinceYear: boolean
  /** The clause compares with or refers back to another year (同比, 较上年, 结转, 整改 …). */
  lookingBack: boolean
  /** Names something of that year published later by law or practice: 决算, 绩效评价, 审计, 考核 … */
  accounts: boolean
  /** The next sentence states the following year's figure: "2020年主动公开…33项。2021年新增…". */
  contrasted: boolean
  /** The clause tells history (先后, 连续, 历年 …): older years are honest there. */
  history: boolean
  /** The clause is about plans (到2025年, 目标, 计划 …). */
  planning: boolean
}

const YEAR = /(?<![\d.])(\d{4}) ?年/g
const STARTED_AFTER = /^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:以来|起|开始|至今|施行|实施|颁布|修订|印发|出台)/
const STARTED_BEFORE = /(?:自|从)\s*$/
const RANGE_BEFORE = /\d{4}\s*年?\s*[-—–~～至到]\s*$/
const LOOKING_BACK = /同比|环比|较|相比|比上年|上年|去年|增长|下降|减少|增加|持平|结转|年底|年末|12月|问题|报告|整改|针对|对照|提出|先后|连续|历年|累计|曾/
/** What a report honestly names for the year before: "2023年度部门决算", "2023年绩效评价结果". */
const ACCOUNTS_AFTER = /^(?:度)?[^，。；、\n]{0,10}?(?:决算|绩效|审计|预算执行|考核|考评|评估|测评|评议|年报|年度报告|统计公报)/
/** "较2023年", "比2023年", "与2023年相比": a comparison. */
const COMPARED_BEFORE = /(?:较|比|与|同|对比|相比)\s*$/
const HISTORY = /先后|连续|历年|累计|曾|以来|成立|设立/
const PLANNING = /到|前|目标|规划|计划|力争|争取|将|拟|进一步|下一步|要点/

const cache = new Map<string, YearMention[]>()

export function yearMentions(original: string): YearMention[] {
  let found = cache.get(original)
  if (!found) {
    found = extract(toHalfWidth(original))
    if (cache.size > 64) cache.clear()
    cache.set(original, found)
  }
  return found
}

function clauseAround(text: string, at: number): string {
  const isStop = (ch: string) => /[，。；;！!？?\n]/.test(ch)
  let a = at
  while (a > 0 && !isStop(text[a - 1])) a--
  let b = at
  while (b < text.length && !isStop(text[b])) b++
  return text.slice(a, b)
}

const STATS_PERIOD = /统计(?:期限|时限|期间|时间|区间|范围)/
const COUNT = /\d+\s*(?:项|条|件|个|次|宗|起|份|期)/

function sentenceAround(text: string, at: number): string {
  const isStop = (ch: string) => /[。；;！!？?\n]/.test(ch)
  let a = at
  while (a > 0 && !isStop(text[a - 1])) a--
  let b = at
  while (b < text.length && !isStop(text[b])) b++
  return text.slice(a, b)
}

/** A count of the year, then the next sentence opens with the next year's count, not a plan. */
function nextSentenceContrasts(text: string, at: number, year: number): boolean {
  const stop = text.slice(at).search(/[。；;！!？?\n]/)
  if (stop < 0 || !COUNT.test(sentenceAround(text, at))) return false
  const rest = text.slice(at + stop + 1)
  const m = /^\s*(\d{4})年([^。；;！!？?\n]*)/.exec(rest)
  return !!m && Number(m[1]) === year + 1 && COUNT.test(m[2]) && !PLANNING.test(m[2])
}

function extract(text: string): YearMention[] {
  const out: YearMention[] = []
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[1])
    if (year < 1949 || year > 2100) continue
    const start = m.index
    const end = start + m[0].length
    const before = text.slice(Math.max(0, start - 12), start)
    const after = text.slice(end, end + 12)
    const clause = clauseAround(text, start)
    out.push({
      year,
      start,
      end,
      title: text.lastIndexOf('《', start) > text.lastIndexOf('》', start) || RANGE_BEFORE.test(before) || /^\s*[-—–~～至到]\s*\d{4}/.test(after),
      historical: STARTED_AFTER.test(after) || STARTED_BEFORE.test(before),
      sinceYear: /^以来/.test(after),
      statsPeriod: STATS_PERIOD.test(sentenceAround(text, start)),
      lookingBack: LOOKING_BACK.test(clause) || COMPARED_BEFORE.test(before),
      accounts: ACCOUNTS_AFTER.test(text.slice(end, end + 20)),
      contrasted: nextSentenceContrasts(text, end, year),
      history: HISTORY.test(clause),
      planning: PLANNING.test(clause)
    })
  }
  return out
}
