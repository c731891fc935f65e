import { describe, expect, it } from 'vitest'
import { applyLinkUpdate, draftReport, insertDraft, resolveLink } from '../../../src/shared/drafting'
import { parseExchangeText, reportFromExchange, reportToExchange, writeExchangeText, type Report } from '../../../src/shared/report'
import { parseReport } from '../../../src/main/schema/report'
import { checkReport, type Warning } from '../../../src/shared/rules'
import { QUIET_DAY, consistent2021, fixture2020, withCell } from '../rules/reports'
import { withDraftedText } from './draft-all'

// Inserted figures stay linked to their cells: found again after edits around them, flagged (T1)
// once the tables change, rewritten by the one-click update, and kept in the exchange file.

const t1 = (r: Report) => checkReport(r, null, { today: QUIET_DAY }).filter((w) => w.rule === 'T1')
const applications = (r: Report) => draftReport(r).find((g) => g.family === 'applications')!

/** The fixture with its 依申请公开 statements inserted after its own first line. */
function drafted(): Report {
  const r = fixture2020()
  const at = r.text.overview.indexOf('\n') + 1
  const ins = insertDraft(r.text.overview, [], 'overview', at, [applications(r).sentences])
  return { ...r, text: { ...r.text, overview: ins.text }, textLinks: ins.links }
}

const apply = (r: Report, w: Warning): Report => {
  const u = applyLinkUpdate(r, w.fix!.text!)!
  return { ...r, text: u.text, textLinks: u.textLinks }
}

describe('inserting drafted statements', () => {
  it('puts them on lines of their own at the cursor and links each figure to where it stands', () => {
    const r = fixture2020()
    const at = r.text.overview.indexOf('，') + 1 // in the middle of the first line
    const ins = insertDraft(r.text.overview, [], 'overview', at, [applications(r).sentences])
    expect(ins.text.slice(0, at)).toBe(r.text.overview.slice(0, at))
    expect(ins.text.slice(ins.caret)).toBe(`\n${r.text.overview.slice(at)}`)
    expect(ins.text[at]).toBe('\n')
    for (const l of ins.links) {
      expect(ins.text.slice(l.start, l.end)).toBe(String(l.value))
      expect(resolveLink(ins.text, l)).toMatchObject({ start: l.start, end: l.end, written: l.value })
      expect(l.before).not.toMatch(/\d/)
    }
    expect(ins.links.map((l) => l.value)).toEqual([60, 5, 58, 2, 61, 23, 37.7, 15, 8, 33, 2, 3, 4])
  })

  it('finds the figures again after text is typed before them, and raises nothing while the tables agree', () => {
    const r = drafted()
    const edited = { ...r, text: { ...r.text, overview: `按照上级部署，${r.text.overview}` } }
    for (const l of edited.textLinks!) expect(resolveLink(edited.text.overview, l)?.written).toBe(l.value)
    expect(t1(edited)).toEqual([])
  })
})

describe('a later table change', () => {
  it('flags the linked figure once (T1), and the one-click update rewrites it', () => {
    const r = drafted()
    const changed = withCell(withCell(r, 't3.new.total', 62), 't3.new.natural', 60)
    const warnings = t1(changed)
    // The fixture's own sentence ("共受理依申请公开60件") is the claim reader's; the drafted one is linked.
    const range = { from: Math.min(...changed.textLinks!.map((l) => l.start)) - 30, to: Math.max(...changed.textLinks!.map((l) => l.end)) }
    const onReceived = warnings.filter((w) => w.cells.includes('t3.new.total') && w.spans![0].start >= range.from && w.spans![0].end <= range.to)
    expect(onReceived.map((x) => x.message)).toHaveLength(1)
    expect(onReceived[0].fingerprint).toContain(':link:')
    const w = onReceived[0]
    expect(w.fix?.label).toBe('改为62')
    expect(w.message).toContain('表格已改动，现为62')
    const span = w.spans![0]
    expect(changed.text.overview.slice(span.start, span.end)).toBe('60')
    const fixed = apply(changed, w)
    expect(fixed.text.overview).toContain('共新收政府信息公开申请62件')
    expect(t1(fixed).filter((x) => x.fingerprint.includes(':link:t3.new.total'))).toEqual([])
    // 自然人 changed too (58 → 60): its own figure is flagged with its own update.
    expect(t1(fixed).find((x) => x.fingerprint.includes(':link:t3.new.natural'))?.fix?.label).toBe('改为60')
  })

  it('flags a share and its count when a category changes; both updates leave the text clean', () => {
    let r = withCell(withCell(drafted(), 't3.granted.total', 16), 't3.granted.natural', 16)
    const first = t1(r)
    expect(first.map((w) => w.fix?.label).sort()).toEqual(['改为16', '改为24', '改为39.3%'])
    for (let i = 0; i < 3; i++) r = apply(r, t1(r)[0])
    expect(r.text.overview).toContain('予以公开及部分公开24件，占39.3%（予以公开16件、部分公开8件）')
    expect(t1(r).filter((w) => w.fingerprint.includes(':link:'))).toEqual([])
  })

  it('leaves a figure the user retyped to the claim reader', () => {
    const r = drafted()
    const l = r.textLinks!.find((x) => x.cells.join() === 't3.new.total')!
    const retyped = { ...r, text: { ...r.text, overview: r.text.overview.slice(0, l.start) + '70' + r.text.overview.slice(l.end) } }
    const warnings = t1(retyped)
    expect(warnings.some((w) => w.fingerprint.includes(':link:'))).toBe(false)
    expect(warnings.some((w) => w.message.includes('（70）'))).toBe(true)
  })

  it('says nothing when a linked cell is blanked (nothing certain to update to)', () => {
    expect(t1(withCell(drafted(), 't3.new.total', null)).filter((w) => w.fingerprint.includes(':link:'))).toEqual([])
  })
})

describe('a statement that says "none" in words', () => {
  /** A 2021 report of zeros with all its drafted statements inserted. */
  function quietYear(): Report {
    const r = consistent2021()
    const cells = Object.fromEntries(Object.keys(r.cells).map((k) => [k, 0]))
    return withDraftedText({ ...r, cells }).report
  }

  it('is flagged once the tables count something, and rewritten from the tables in one click', () => {
    const r = quietYear()
    expect(r.text.overview).toContain('我局未收到政府信息公开申请，也无上年结转的申请。')
    const changed = ['natural', 'total'].reduce((acc, c) => withCell(withCell(acc, `t3.new.${c}`, 2), `t3.total.${c}`, 0), r)
    const flagged = t1(changed).filter((w) => w.fingerprint.includes(':link:'))
    const received = flagged.find((w) => w.message.includes('未收到政府信息公开申请，也无'))!
    expect(received.message).toContain('当时为0')
    expect(received.message).toContain('为2')
    expect(received.fix?.label).toBe('按表格重写此句')
    const fixed = apply(changed, received)
    expect(fixed.text.overview).toContain('2021年，我局共收到政府信息公开申请2件，无上年结转申请。')
    // The rewritten statement is linked again: its figure, and its "无上年结转" in words.
    expect(fixed.textLinks!.some((l) => l.cells.join() === 't3.new.total' && l.value === 2 && !l.statement)).toBe(true)
    expect(t1(fixed).some((w) => w.message.includes('共收到政府信息公开申请2件'))).toBe(false)
  })

  it('flags "未发生…行政复议和行政诉讼" when a 复议 is entered', () => {
    const r = withCell(withCell(quietYear(), 't4.review.pending', 1), 't4.review.total', 1)
    const w = t1(r).find((x) => x.message.includes('本年度，我局未发生因政府信息公开') && x.fix?.text?.replace.includes('被申请行政复议'))!
    const fixed = apply(r, w)
    expect(fixed.text.overview).toContain('本年度，我局因政府信息公开被申请行政复议1件，均尚未审结，未发生政府信息公开行政诉讼。')
    expect(t1(fixed).filter((x) => x.fingerprint.includes(':link:') && x.cells.includes('t4.review.total'))).toHaveLength(1) // the summary's own "未发生…" says so too
  })
})

describe('links in files', () => {
  it('round-trip through the exchange file, and a file without them still loads', () => {
    const r = drafted()
    const back = reportFromExchange(parseExchangeText(writeExchangeText(reportToExchange(r))))
    expect(back.textLinks).toEqual(r.textLinks)
    const old = JSON.parse(writeExchangeText(reportToExchange(fixture2020())))
    expect(old.meta.textLinks).toBeUndefined()
    expect(reportFromExchange(parseExchangeText(JSON.stringify(old))).textLinks).toBeUndefined()
  })

  it('rejects a malformed link naming the field', () => {
    const ex = JSON.parse(writeExchangeText(reportToExchange(drafted())))
    ex.meta.textLinks[1].cells = 't3.new.total'
    expect(() => parseExchangeText(JSON.stringify(ex))).toThrow(/meta\.textLinks\[1\]/)
  })

  it('keep statements that say "none" through the exchange file and the storage schema', () => {
    const r = reportFromExchange(parseExchangeText(writeExchangeText(reportToExchange(fixture2020()))))
    const zeros = withDraftedText({ ...r, cells: Object.fromEntries(Object.keys(r.cells).map((k) => [k, 0])) }).report
    expect(zeros.textLinks.filter((l) => l.statement).length).toBeGreaterThan(2)
    expect(reportFromExchange(parseExchangeText(writeExchangeText(reportToExchange(zeros)))).textLinks).toEqual(zeros.textLinks)
    expect(parseReport(zeros).textLinks).toEqual(zeros.textLinks)
  })

  it('are accepted by the storage schema, and reports saved before them still are', () => {
    const r = drafted()
    expect(parseReport(r).textLinks).toEqual(r.textLinks)
    expect(parseReport(fixture2020()).textLinks).toBeUndefined()
  })
})
