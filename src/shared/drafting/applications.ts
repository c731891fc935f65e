import { LAYOUTS, T3_APPLICANT_COLUMNS, T3_COLUMNS, cellKey, t3ResultRows } from '../form'
import { bareLabel, frag, list, none, type Figure, type Fragment, type Tables } from './compose'
import type { DraftSentence } from './types'

// 三、收到和处理政府信息公开申请情况 in words: received and carried over, who applied, the results
// by category (with 予以公开及部分公开 and its share) and what goes on into next year. A sentence is
// proposed only when every figure it states is known; zeros are said in words, never listed.

const t3 = (row: string, column = 'total') => cellKey('t3', row, column)
const ORG_COLUMNS = T3_APPLICANT_COLUMNS.filter((c) => c !== 'natural')

/** The result categories of 三, each with the rows it sums and how a sentence names it. */
const CATEGORIES = [
  { key: 'granted', says: '予以公开', all: '均予以公开' },
  { key: 'partial', says: '部分公开', all: '均部分公开' },
  { key: 'denied', says: '不予公开', all: '均不予公开' },
  { key: 'unable', says: '无法提供', all: '均无法提供' },
  { key: 'rejected', says: '不予处理', all: '均不予处理' },
  { key: 'other', says: '其他处理', all: '均作其他处理' }
] as const

/** Categories whose reasons may be named inside the sentence (不予处理's reasons name 信访, read as another subject). */
const REASONS_INLINE = new Set(['denied', 'unable'])
/** More reasons than this are left to the table: a sentence is not a list. */
const MAX_REASONS = 3

export function draftApplications(t: Tables, self: string): DraftSentence[] {
  const out: DraftSentence[] = []
  const received = t.count([t3('new')])
  const carried = t.count([t3('carriedOver')])
  if (!received || !carried) return out
  out.push({ id: 'applications.received', ...receivedSentence(t.year, self, received, carried) })
  if (received.value === 0 && carried.value === 0) return out
  const applicants = applicantsSentence(t, received)
  if (applicants) out.push({ id: 'applications.applicants', ...applicants })
  const results = resultsSentence(t)
  if (results) out.push({ id: 'applications.results', ...results })
  const rejected = rejectedReasons(t)
  if (rejected) out.push({ id: 'applications.rejected', ...rejected })
  return out
}

function receivedSentence(year: number, self: string, received: Figure, carried: Figure): Fragment {
  const head = `${year}年，${self}`
  if (received.value === 0 && carried.value === 0) return frag(head, none('未收到政府信息公开申请，也无上年结转的申请。', [...received.cells, ...carried.cells]))
  if (received.value === 0) return frag(head, none('未收到新的政府信息公开申请', received.cells), '，上年结转申请', carried, '件。')
  if (carried.value === 0) return frag(head, '共收到政府信息公开申请', received, '件，', none('无上年结转申请', carried.cells), '。')
  return frag(head, '共新收政府信息公开申请', received, '件，另有上年结转申请', carried, '件。')
}

function orgLabel(column: string): string {
  const label = T3_COLUMNS.find((c) => c.key === column)?.label ?? column
  return label === '其他' ? '其他组织' : label
}

function applicantsSentence(t: Tables, received: Figure): Fragment | undefined {
  if (received.value === 0) return undefined
  const natural = t.count([t3('new', 'natural')])
  const orgs = t.count(ORG_COLUMNS.map((c) => t3('new', c)))
  if (!natural || !orgs) return undefined
  const parts = ORG_COLUMNS.map((c) => ({ column: c, figure: t.count([t3('new', c)])! })).filter((p) => p.figure.value > 0)
  const breakdown =
    parts.length === 1
      ? frag('，均为', orgLabel(parts[0].column))
      : parts.length > 1
        ? frag('（其中', list(parts.map((p) => frag(orgLabel(p.column), p.figure, '件'))), '）')
        : undefined
  const sums = natural.value + orgs.value === received.value
  if (sums && orgs.value === 0) return frag('从申请人类型看，', none('申请人均为自然人', orgs.cells), '。')
  if (sums && natural.value === 0) return frag('从申请人类型看，', none('申请均由法人或其他组织提出', natural.cells), '，共', orgs, '件', breakdown, '。')
  if (orgs.value === 0) return frag('从申请人类型看，自然人申请', natural, '件。')
  if (natural.value === 0) return frag('从申请人类型看，法人或其他组织申请', orgs, '件', breakdown, '。')
  return frag('从申请人类型看，自然人申请', natural, '件，法人或其他组织申请', orgs, '件', breakdown, '。')
}

interface Category {
  key: string
  says: string
  all: string
  rows: string[]
  figure: Figure
}

function categories(t: Tables): Category[] | undefined {
  const rows = t3ResultRows(LAYOUTS[t.layout].tables.t3)
  const out: Category[] = []
  for (const c of CATEGORIES) {
    const own = rows.filter((r) => r === c.key || r.startsWith(`${c.key}.`))
    const figure = t.count(own.map((r) => t3(r)))
    if (!figure) return undefined
    out.push({ ...c, rows: own, figure })
  }
  return out
}

/** "不予公开3件（其中属于国家秘密1件、保护第三方合法权益2件）" or "因属于国家秘密不予公开1件". */
function categoryPart(t: Tables, c: Category): Fragment {
  const found = REASONS_INLINE.has(c.key) && c.rows.length > 1 ? reasonFigures(t, c.rows) : []
  const reasons = found.length <= MAX_REASONS ? found : []
  if (reasons.length === 1) return frag('因', reasons[0].label, c.says, c.figure, '件')
  if (reasons.length > 1) return frag(c.says, c.figure, '件（其中', list(reasons.map((r) => frag(r.label, r.figure, '件'))), '）')
  return frag(c.says, c.figure, '件')
}

function reasonFigures(t: Tables, rows: readonly string[]): { label: string; figure: Figure }[] {
  const t3def = LAYOUTS[t.layout].tables.t3
  return rows
    .map((r) => ({ label: bareLabel(t3def.rows.find((d) => d.key === r)?.label ?? r), figure: t.count([t3(r)]) }))
    .filter((r): r is { label: string; figure: Figure } => r.figure !== undefined && r.figure.value > 0)
}

function resultsSentence(t: Tables): Fragment | undefined {
  const total = t.count([t3('total')])
  const forward = t.count([t3('carriedForward')])
  const cats = categories(t)
  if (!total || !forward || !cats) return undefined
  const tail = forward.value > 0 ? frag('；另有', forward, '件结转下年度继续办理') : undefined
  if (total.value === 0) {
    return forward.value > 0 ? frag('截至年底，', forward, '件申请尚在办理中，结转下年度继续办理。') : undefined
  }
  const head = frag('全年共办结政府信息公开申请', total, '件')
  const present = cats.filter((c) => c.figure.value > 0)
  const sumOfCategories = cats.reduce((s, c) => s + c.figure.value, 0)
  // "均…" only where the table adds up: a wrong total must not turn into a claim about all of them.
  if (present.length === 1 && present[0].figure.value === total.value && sumOfCategories === total.value) {
    const others = cats.filter((c) => c !== present[0]).flatMap((c) => c.figure.cells)
    return frag(head, '，', none(present[0].all, others), tail, '。')
  }
  const [granted, partial] = cats
  const open = [granted, partial].filter((c) => c.figure.value > 0)
  const rest = present.filter((c) => c.key !== 'granted' && c.key !== 'partial')
  let openPart: Fragment | undefined
  if (open.length === 2) {
    const both = t.count([...granted.figure.cells, ...partial.figure.cells])!
    const share = t.share(both.cells, total.cells)
    openPart = frag('予以公开及部分公开', both, '件', share && frag('，占', share, '%'), '（予以公开', granted.figure, '件、部分公开', partial.figure, '件）')
  } else if (open.length === 1) {
    const share = t.share(open[0].figure.cells, total.cells)
    openPart = frag(open[0].says, open[0].figure, '件', share && frag('，占', share, '%'))
  }
  const restPart = rest.length > 0 ? list(rest.map((c) => categoryPart(t, c)), '，') : undefined
  const body = openPart && restPart ? frag(openPart, '；', restPart) : (openPart ?? restPart)
  return frag(head, body && frag('。从办理结果看，', body), tail, '。')
}

/** The reasons for 不予处理, in a sentence of their own: one of them names 信访. */
function rejectedReasons(t: Tables): Fragment | undefined {
  const rows = t3ResultRows(LAYOUTS[t.layout].tables.t3).filter((r) => r.startsWith('rejected.'))
  const reasons = reasonFigures(t, rows)
  if (reasons.length === 0 || reasons.length > MAX_REASONS) return undefined
  if (reasons.length === 1) return frag('不予处理的申请均为', reasons[0].label, '。')
  return frag('不予处理的申请中，', list(reasons.map((r) => frag(r.label, r.figure, '件')), '，'), '。')
}
