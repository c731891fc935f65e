import { FORMATS } from '../form'
import { linkedValue, redraft, resolveLink } from '../drafting/links'
import type { TextLink } from '../report/types'
import { cellName, type RuleContext } from './context'
import type { Fix, Warning } from './types'

// T1 for figures inserted from the tables (生成表述): the text still says what the tables said when
// it was inserted, but the tables have changed since. Offers to rewrite the figure. A figure the
// user has retyped is theirs: the claim reader judges it like any other text.

/** How many cells a message names before it says "等N格之和". */
const NAMED_CELLS = 3

export function checkLinkedFigures(ctx: RuleContext): Warning[] {
  const out: Warning[] = []
  const seen = new Map<string, number>()
  for (const link of ctx.report.textLinks ?? []) {
    const text = ctx.report.text[link.section] ?? ''
    const at = resolveLink(text, link)
    if (!at || at.written !== link.value) continue
    const now = linkedValue(ctx.report, link)
    if (!now || now.value === link.value) continue
    const id = `${link.section}:link:${link.cells.join('+')}${link.base ? ':share' : ''}`
    const ordinal = (seen.get(id) ?? 0) + 1
    seen.set(id, ordinal)
    const heading = FORMATS[ctx.format].sections.find((s) => s.key === link.section)?.heading ?? link.section
    if (link.statement) {
      out.push(statementWarning(ctx, link, heading, at, `T1:${id}:${ordinal}`))
      continue
    }
    const quote = `${link.before}${text.slice(at.start, at.end)}${link.after}`
    const unit = link.base ? '%' : ''
    out.push({
      rule: 'T1',
      severity: 'warning',
      cells: [...link.cells, ...(link.base ?? [])],
      section: link.section,
      fingerprint: `T1:${id}:${ordinal}`,
      spans: [{ section: link.section, start: at.start, end: at.end }],
      message: `“${heading}”中“${quote}”的${link.value}${unit}引自表格，表格已改动，现为${now.text}${unit}（${source(ctx, link.cells, link.base)}）`,
      fix: { label: `改为${now.text}${unit}`, set: {}, text: { section: link.section, start: at.start, end: at.end, replace: now.text } }
    })
  }
  return out
}

/** A statement that something did not happen ("未收到…"), while the tables now count some. */
function statementWarning(ctx: RuleContext, link: TextLink, heading: string, at: { start: number; end: number }, fingerprint: string): Warning {
  const now = link.cells.filter((k) => (ctx.num(k) ?? 0) !== 0).map((k) => `${source(ctx, [k])}为${ctx.num(k)}`)
  const redrafted = redraft(ctx.report, link)
  const fix: Fix | undefined = redrafted.length > 0 ? {
    label: '按表格重写此句',
    set: {},
    text: { section: link.section, start: at.start, end: at.end, replace: redrafted.map((s) => s.text).join('') }
  } : undefined
  const quote = link.before.length > 24 ? `${link.before.slice(0, 23)}…` : link.before
  return {
    rule: 'T1',
    severity: 'warning',
    cells: [...link.cells],
    section: link.section,
    fingerprint,
    spans: [{ section: link.section, start: at.start, end: at.end }],
    message: `“${heading}”中“${quote}”是按表格生成的（当时为0），表格已改动：${now.join('，')}`,
    ...(fix ? { fix } : {})
  }
}

function source(ctx: RuleContext, cells: readonly string[], base?: readonly string[]): string {
  const names = (keys: readonly string[]) => {
    const table = keys[0]?.startsWith('t2') ? '表二' : keys[0]?.startsWith('t4') ? '表四' : '表三'
    const shown = keys.slice(0, NAMED_CELLS).map((k) => `“${cellName(ctx.layout, k)}”`).join('加')
    return `${table}${shown}${keys.length > NAMED_CELLS ? `等${keys.length}格之和` : ''}`
  }
  return base ? `${names(cells)}占${names(base)}的比例` : names(cells)
}
