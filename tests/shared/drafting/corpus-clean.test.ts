import { describe, expect, it } from 'vitest'
import { honestReport, loadCorpus } from '../../../scripts/corpus/load'
import { checkReport } from '../../../src/shared/rules'
import { claimsOf } from '../../../src/shared/rules/text-claims'
import { QUIET_DAY, fixture2020 } from '../rules/reports'
import { withDraftedText } from './draft-all'

// 生成表述 on real published reports: the statements drafted from a report's own tables, inserted
// into its text, raise no T1, and the claim reader reads the figures it is meant to read.

const corpus = loadCorpus()
const originals = corpus.filter((e) => !e.provenance.derivedFrom)
const cases = [
  { name: 'seed (嘉兴市住建局 2020)', report: fixture2020() },
  ...originals.map((e) => ({ name: e.name, report: { ...honestReport(e, corpus), id: e.name } }))
].map((c) => ({ ...c, ...withDraftedText(c.report) }))
const withFigures = cases.filter((c) => c.groups.some((g) => g.sentences.some((s) => s.figures.length > 0)))

/** Figures the reader is not meant to read: the reasons inside 不予公开/无法提供/不予处理, 表二's figures, 六. */
const unreadByDesign = (cells: string[], family: string) =>
  family === 'proactive' || family === 'fees' || cells[0].startsWith('t2.') || (cells.length === 1 && /^t3\.(denied|unable|rejected)\.\w+\.total$/.test(cells[0]))

describe('drafted statements on the real corpus', () => {
  it('covers the seed and at least five other real reports with figures', () => {
    expect(withFigures[0].name).toMatch(/^seed/)
    expect(withFigures.length).toBeGreaterThanOrEqual(6)
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s: no T1 against its own tables', (_name, c) => {
    const t1 = checkReport(c.report, null, { today: QUIET_DAY }).filter((w) => w.rule === 'T1')
    expect(t1.map((w) => w.message)).toEqual([])
  })

  it.each(withFigures.map((c) => [c.name, c] as const))('%s: every figure is linked, and the reader reads those about applications', (_name, c) => {
    const links = c.report.textLinks ?? []
    const figures = c.groups.flatMap((g) => g.sentences.flatMap((s) => s.figures.map((f) => ({ ...f, family: g.family, section: g.section }))))
    const statements = c.groups.flatMap((g) => g.sentences.filter((s) => s.zeros?.length))
    expect(links.filter((l) => !l.statement)).toHaveLength(figures.length)
    expect(links.filter((l) => l.statement)).toHaveLength(statements.length)
    for (const f of figures) {
      if (unreadByDesign(f.cells, f.family)) continue
      const text = c.report.text[f.section]
      const link = links.find((l) => !l.statement && l.section === f.section && l.cells.join() === f.cells.join() && !!l.base === !!f.base)!
      const claims = claimsOf(text)
      const read = claims.some((cl) =>
        f.base ? cl.percent?.value === f.value && cl.percent.start <= link.start && link.end <= cl.percent.end : cl.value === f.value && cl.start <= link.start && link.end <= cl.end
      )
      expect(read, `${f.family}: “${text.slice(Math.max(0, link.start - 12), link.end + 1)}” is not read`).toBe(true)
    }
  })
})
