import { cellKey } from '../form'
import { frag, none, type Fragment, type Tables } from './compose'
import type { DraftSentence } from './types'

// 一、总体情况: the year in one sentence, from all three tables: documents made, applications
// received and answered, 复议 and 诉讼. Detail belongs to the sub-headings below it.

const t3 = (row: string) => cellKey('t3', row, 'total')

export function draftSummary(t: Tables, self: string): DraftSentence[] {
  const parts = [documents(t), applications(t), reviewSuits(t)].filter((p): p is Fragment => p !== undefined)
  if (parts.length === 0) return []
  const joined: (Fragment | string)[] = []
  parts.forEach((p, i) => joined.push(...(i > 0 ? ['；', p] : [p])))
  return [{ id: 'summary.year', ...frag(`${t.year}年，${self}`, ...joined, '。') }]
}

function documents(t: Tables): Fragment | undefined {
  const key = t.layout === '2019' ? cellKey('t2', 'normativeDocs', 'made') : cellKey('t2', 'normativeDocs', 'issued')
  const made = t.count([key])
  if (!made || made.value === 0) return undefined
  return frag(t.layout === '2019' ? '新制作规范性文件' : '制发行政规范性文件', made, '件')
}

function applications(t: Tables): Fragment | undefined {
  const received = t.count([t3('new')])
  const carried = t.count([t3('carriedOver')])
  const answered = t.count([t3('total')])
  if (!received || !carried || !answered) return undefined
  // After "2021年，我局": no second 全年.
  if (received.value === 0 && carried.value === 0) return none('未收到政府信息公开申请', [...received.cells, ...carried.cells])
  return frag(
    received.value > 0 ? frag('共收到政府信息公开申请', received, '件') : none('未收到新的政府信息公开申请', received.cells),
    carried.value > 0 && frag('，上年结转', carried, '件'),
    answered.value > 0 && frag('，办结', answered, '件')
  )
}

function reviewSuits(t: Tables): Fragment | undefined {
  const review = t.count([cellKey('t4', '', 'review.total')])
  const suits = t.count([cellKey('t4', '', 'suitDirect.total'), cellKey('t4', '', 'suitAfterReview.total')])
  if (!review || !suits) return undefined
  if (review.value === 0 && suits.value === 0) return none('未发生政府信息公开行政复议和行政诉讼', [...review.cells, ...suits.cells])
  if (suits.value === 0) return frag('发生政府信息公开行政复议', review, '件，', none('未发生行政诉讼', suits.cells))
  if (review.value === 0) return frag('发生政府信息公开行政诉讼', suits, '件，', none('未发生行政复议', review.cells))
  return frag('发生政府信息公开行政复议', review, '件、行政诉讼', suits, '件')
}
