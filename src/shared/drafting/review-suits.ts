import { cellKey } from '../form'
import { frag, list, none, type Figure, type Fragment, type Tables } from './compose'
import type { DraftSentence } from './types'

// 四、政府信息公开行政复议、行政诉讼情况 in words: how many, and how they ended. None at all is said
// in one short sentence, as offices write it.

const t4 = (group: string, outcome: string) => cellKey('t4', '', `${group}.${outcome}`)
const SUIT_GROUPS = ['suitDirect', 'suitAfterReview']

/** Outcomes as a sentence names them, and how "all of them" reads. */
const OUTCOMES = [
  { key: 'upheld', says: '结果维持', all: '结果均为维持' },
  { key: 'corrected', says: '结果纠正', all: '结果均为纠正' },
  { key: 'other', says: '其他结果', all: '均为其他结果' },
  { key: 'pending', says: '尚未审结', all: '均尚未审结' }
] as const

export function draftReviewSuits(t: Tables, self: string): DraftSentence[] {
  const review = t.count([t4('review', 'total')])
  const suits = t.count(SUIT_GROUPS.map((g) => t4(g, 'total')))
  if (!review || !suits) return []
  const head = `本年度，${self}`
  if (review.value === 0 && suits.value === 0) {
    return [{ id: 'reviewSuits.none', ...frag(head, none('未发生因政府信息公开引起的行政复议和行政诉讼', [...review.cells, ...suits.cells]), '。') }]
  }
  const out: DraftSentence[] = []
  if (review.value > 0) {
    const outcomes = outcomesOf(t, ['review'], review)
    out.push({
      id: 'reviewSuits.review',
      ...frag(head, '因政府信息公开被申请行政复议', review, '件', outcomes && frag('，', inSentence(outcomes)), suits.value === 0 && frag('，', none('未发生政府信息公开行政诉讼', suits.cells)), '。')
    })
  }
  if (suits.value > 0) {
    const direct = t.count([t4('suitDirect', 'total')])!
    const after = t.count([t4('suitAfterReview', 'total')])!
    const opening = review.value > 0 ? frag('因政府信息公开被提起行政诉讼') : frag(head, none('未发生政府信息公开行政复议', review.cells), '，因政府信息公开被提起行政诉讼')
    const outcomes = outcomesOf(t, SUIT_GROUPS, suits)
    // With both kinds named, the outcomes follow 行政诉讼 in a sentence of their own: read after
    // "复议后起诉" they would belong to that kind alone.
    const text =
      direct.value > 0 && after.value > 0
        ? frag(opening, suits, '件，其中未经复议直接起诉', direct, '件、复议后起诉', after, '件。', outcomes && (outcomes.all ? frag('行政诉讼', outcomes.all, '。') : frag('行政诉讼案件中，', outcomes.list, '。')))
        : frag(opening, suits, '件', outcomes && frag('，', inSentence(outcomes)), '。')
    out.push({ id: 'reviewSuits.suits', ...text })
  }
  return out
}

interface Outcomes {
  /** One outcome is all of them: "结果均为维持". */
  all?: string
  /** Otherwise the outcomes present: "结果维持2件、尚未审结1件". */
  list?: Fragment
}

const inSentence = (o: Outcomes): Fragment => (o.all ? frag(o.all) : frag('其中', o.list))

/** The outcomes of these groups of 四; undefined when none is known to be above 0. */
function outcomesOf(t: Tables, groups: readonly string[], total: Figure): Outcomes | undefined {
  const figures = OUTCOMES.map((o) => ({ ...o, figure: t.count(groups.map((g) => t4(g, o.key))) }))
  if (figures.some((f) => !f.figure)) return undefined
  const present = figures.filter((f) => f.figure!.value > 0)
  const sum = figures.reduce((s, f) => s + f.figure!.value, 0)
  if (present.length === 0) return undefined
  if (present.length === 1 && sum === total.value) return { all: present[0].all }
  return { list: list(present.map((f) => frag(f.says, f.figure!, '件'))) }
}
