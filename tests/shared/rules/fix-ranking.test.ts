import { describe, expect, it } from 'vitest'
import type { Report } from '../../../src/shared/report'
import { checkReport, type Warning } from '../../../src/shared/rules'
import { rankFixes } from '../../../src/shared/rules/fix-ranking'
import { QUIET_DAY, consistent2021, withCell } from './reports'

const check = (r: Pick<Report, 'agency' | 'year' | 'format' | 'cells' | 'text'>) => checkReport(r, null, { today: QUIET_DAY })
const ranked = (r: Report) => rankFixes(r, check(r), { check })
const errors = (ws: Warning[]) => ws.filter((w) => w.severity === 'error')
const applied = (r: Report, w: Warning): Report => ({ ...r, cells: { ...r.cells, ...w.fix!.set } })

describe('fix ranking', () => {
  it('a mistyped row total between a row and a column sum: both errors offer the row total back, never the grand total', () => {
    const base = consistent2021()
    const r = withCell(base, 't3.granted.total', (base.cells['t3.granted.total'] as number) + 1)
    const plain = check(r)
    // Unranked, the column check copies the mistake into （七）总计·总计.
    expect(plain.find((w) => w.fingerprint === 'C2:total')?.fix?.set).toEqual({ 't3.total.total': 62 })
    const ws = ranked(r)
    const open = errors(ws)
    expect(open.map((w) => w.fingerprint).sort()).toEqual(['C2:total', 'C3:granted'])
    for (const w of open) expect(w.fix).toEqual({ label: '将“（一）予以公开·总计”改为15', set: { 't3.granted.total': 15 } })
    expect(errors(check(applied(r, open[0])))).toEqual([])
  })

  it('a mistyped part: the part is put back rather than the row total raised to match it', () => {
    const r = withCell(consistent2021(), 't3.granted.natural', 16)
    const ws = ranked(r)
    const c3 = ws.find((w) => w.fingerprint === 'C3:granted')!
    expect(c3.fix?.set).toEqual({ 't3.granted.natural': 15 })
    expect(ws.find((w) => w.fingerprint === 'C2:natural')?.fix?.set).toEqual({ 't3.granted.natural': 15 })
    expect(errors(check(applied(r, c3)))).toEqual([])
  })

  it('drops a fix that would make another check fail and offers none when no fix is safe', () => {
    // Both the row total and the grand total of 总计 are mistyped the same way: every single change breaks something.
    let r = withCell(consistent2021(), 't3.granted.total', 16)
    r = withCell(r, 't3.total.total', 62)
    const plain = check(r)
    expect(plain.find((w) => w.fingerprint === 'C3:granted')?.fix).toBeDefined()
    const ws = ranked(r)
    for (const w of errors(ws)) {
      if (!w.fix) continue
      const after = check(applied(r, w))
      const before = new Set(plain.filter((x) => x.severity !== 'hint').map((x) => x.fingerprint))
      expect(after.filter((x) => x.severity !== 'hint' && !before.has(x.fingerprint))).toEqual([])
    }
    // Putting 15 back in the row leaves the grand total 62 against a column summing to 61: a new C1/C2 error.
    expect(ws.find((w) => w.fingerprint === 'C3:granted')?.fix).toBeUndefined()
  })

  it('offers 填入N for a blank total whose parts are all filled', () => {
    const r = withCell(consistent2021(), 't4.review.total', null)
    const e4 = ranked(r).find((w) => w.rule === 'E4' && w.cells.includes('t4.review.total'))!
    expect(e4.fix).toEqual({ label: '填入0', set: { 't4.review.total': 0 } })
  })

  it('offers no 填入N while a part of the blank total is still blank', () => {
    let r = withCell(consistent2021(), 't4.review.total', null)
    r = withCell(r, 't4.review.upheld', null)
    const e4 = ranked(r).find((w) => w.rule === 'E4' && w.cells.includes('t4.review.total'))!
    expect(e4.fix).toBeUndefined()
  })

  it('leaves a report without warnings as it is', () => {
    const r = consistent2021()
    expect(ranked(r)).toEqual(check(r))
  })
})
