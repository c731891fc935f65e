import { LAYOUTS, cellKey } from '../form'
import { frag, list, none, words, type Figure, type Fragment, type Tables } from './compose'
import type { DraftSentence } from './types'

// 二、主动公开政府信息情况 in words: documents made and in force (第二十条第（一）项), decisions on
// licences, penalties and enforcement (（五）（六）), fees (（八）) and, in 2019, procurement (（九）).
// Labels come from the form; a row marked "/" (not applicable) is left out.

const t2 = (row: string, column: string) => cellKey('t2', row, column)

function rowLabel(t: Tables, row: string): string {
  for (const block of LAYOUTS[t.layout].tables.t2.blocks) {
    const found = block.rows.find((r) => r.key === row)
    if (found) return found.label
  }
  return row
}

/**
 * What one block of 二 says: a sentence with figures, and/or a clause for what did not happen
 * ("未制发行政规范性文件"); the clauses of all blocks make one sentence, never a list of zeros.
 */
interface Said {
  said?: Fragment
  none?: Fragment
}

export function draftProactive(t: Tables): DraftSentence[] {
  const is2019 = t.layout === '2019'
  const blocks: { id: string; says: Said | undefined }[] = [
    ...['regulations', 'normativeDocs'].map((row) => ({ id: `proactive.${row}`, says: is2019 ? documents2019(t, row) : documents2021(t, row) })),
    { id: 'proactive.decisions', says: decisions(t, is2019 ? ['licensing', 'otherServices', 'penalty', 'enforcement'] : ['licensing', 'penalty', 'enforcement']) },
    is2019 ? { id: 'proactive.procurement', says: procurement(t) } : { id: 'proactive.fees', says: fees(t) }
  ]
  const out: DraftSentence[] = []
  for (const b of blocks) if (b.says?.said) out.push({ id: b.id, ...b.says.said })
  const nothing = blocks.map((b) => b.says?.none).filter((n): n is Fragment => n !== undefined)
  if (nothing.length > 0) {
    const clauses = nothing.map((n, i) => (i > 0 && i === nothing.length - 1 ? frag('也', n) : n))
    out.push({ id: 'proactive.none', ...frag(out.length > 0 ? '此外，本年度' : '本年度', list(clauses, '，'), '。') })
  }
  return out
}

/** 规章 are named only when there are some: most offices have no power to make them. */
function documents2021(t: Tables, row: string): Said | undefined {
  const [issued, repealed, inForce] = ['issued', 'repealed', 'inForce'].map((c) => t.count([t2(row, c)]))
  if (!issued || !repealed || !inForce) return undefined
  const label = rowLabel(t, row)
  if (issued.value === 0 && repealed.value === 0 && inForce.value === 0) {
    return row === 'regulations' ? undefined : { none: none(`未制发${label}`, [...issued.cells, ...repealed.cells, ...inForce.cells]) }
  }
  const inForcePart = frag('，现行有效', inForce, '件')
  if (issued.value > 0) return { said: frag(`本年度制发${label}`, issued, '件', repealed.value > 0 && frag('，废止', repealed, '件'), inForcePart, '。') }
  if (repealed.value > 0) return { said: frag(`本年度未制发新的${label}，废止`, repealed, '件', inForcePart, '。') }
  return { said: frag(`本年度未制发、废止${label}，现行有效的${label}共`, inForce, '件。') }
}

function documents2019(t: Tables, row: string): Said | undefined {
  const [made, published, total] = ['made', 'published', 'total'].map((c) => t.count([t2(row, c)]))
  if (!made || !published || !total) return undefined
  const label = rowLabel(t, row)
  if (made.value === 0 && published.value === 0 && total.value === 0) {
    return row === 'regulations' ? undefined : { none: none(`未制作和公开${label}`, [...made.cells, ...published.cells, ...total.cells]) }
  }
  const totalPart = frag(`，对外公开${label}总数`, total, '件')
  if (made.value > 0) return { said: frag(`本年度新制作${label}`, made, '件，新公开', published, '件', totalPart, '。') }
  if (published.value > 0) return { said: frag(`本年度新公开${label}`, published, '件', totalPart, '。') }
  return { said: frag(`本年度未新制作和公开${label}`, totalPart, '。') }
}

function decisions(t: Tables, rows: readonly string[]): Said | undefined {
  const known = rows
    .filter((r) => !t.notApplicable(t2(r, 'decisions')))
    .map((r) => ({ label: rowLabel(t, r), figure: t.count([t2(r, 'decisions')]) }))
  if (known.length === 0 || known.some((k) => !k.figure)) return undefined
  const named = (label: string) => `${label}${label.endsWith('事项') ? '处理' : ''}决定`
  const present = known.filter((k) => k.figure!.value > 0)
  const zero = known.filter((k) => k.figure!.value === 0)
  const notMade = none(`未作出${words(zero.map((k) => k.label))}决定`, zero.flatMap((k) => k.figure!.cells))
  if (present.length === 0) return { none: notMade }
  const made = list(present.map((k) => frag(named(k.label), k.figure as Figure, '件')))
  return { said: frag('全年共作出', made, zero.length > 0 && frag('，', notMade), '。') }
}

function fees(t: Tables): Said | undefined {
  const amount = t.count([t2('fees', 'amount')])
  if (!amount) return undefined
  if (amount.value === 0) return { none: none('未收取行政事业性收费', amount.cells) }
  return { said: frag('全年收取行政事业性收费', amount, '万元。') }
}

/** 2019 （九）: the number of projects; the amount's unit is not printed by the form, so it is not restated. */
function procurement(t: Tables): Said | undefined {
  const projects = t.count([t2('procurement', 'projects')])
  if (!projects || projects.value === 0) return undefined
  return { said: frag('全年政府集中采购项目', projects, '个。') }
}
