import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sniff } from '../../src/main/import/sniff'
import { compareCells } from '../../scripts/corpus/compare'
import { honestReport, loadCorpus, shownCells, truthProblems, yearPairs, type CorpusKind } from '../../scripts/corpus/load'

// The real-report corpus (tests/fixtures/real/) loads, its truths use the form's cell keys, and
// every file says where it came from. The import figures themselves are `npm run eval:import`.

const corpus = loadCorpus()
const SNIFFED: Record<CorpusKind, string> = { docx: 'zip', doc: 'ole', pdf: 'pdf', html: 'html', text: 'text' }

describe('real-report corpus', () => {
  it('holds at least 20 different agency-years, in both formats', () => {
    const reports = new Set(corpus.map((e) => `${e.truth.agency}|${e.truth.year}`))
    expect(reports.size).toBeGreaterThanOrEqual(20)
    expect(corpus.some((e) => e.truth.year <= 2020)).toBe(true)
    expect(corpus.some((e) => e.truth.year >= 2021 && e.truth.format === '2021')).toBe(true)
  })

  it('gives every file its provenance: a page address, a repository file, or the corpus file it was converted from', () => {
    for (const e of corpus) {
      const p = e.provenance
      expect(p.source, e.name).toMatch(/\S/)
      expect(Boolean(p.url || p.repo || p.derivedFrom), e.name).toBe(true)
      if (p.derivedFrom) {
        const from = corpus.find((o) => o.name === p.derivedFrom)
        expect(from, e.name).toBeDefined()
        expect(e.truth.cells, e.name).toEqual(from!.truth.cells)
      }
    }
  })

  it('has cells for every complete report; only an excerpt cut before the tables shows none', () => {
    for (const e of corpus) if (Object.keys(e.truth.cells).length === 0) expect(e.complete, e.name).toBe(false)
    expect(corpus.filter((e) => Object.keys(e.truth.cells).length > 0).length).toBeGreaterThanOrEqual(20)
  })

  it('stores each file as the kind it claims to be (judged by content, as the importer does)', () => {
    for (const e of corpus) expect(sniff(new Uint8Array(readFileSync(e.path))), e.name).toBe(SNIFFED[e.kind])
  })

  it('turns every entry into a valid exchange report holding exactly its shown cells', () => {
    for (const e of corpus) {
      const report = honestReport(e, corpus)
      expect(report.year, e.name).toBe(e.truth.year)
      const tally = compareCells(e.truth.cells, report.cells)
      expect(tally.right, e.name).toBe(shownCells(e).length)
    }
  })

  it('cuts the text sections of a complete report at its headings', () => {
    const sh = corpus.find((e) => e.name === 'shanghai-bgt-2019-repo')!
    const text = honestReport(sh, corpus).text
    expect(text.overview).toContain('859件')
    expect(text.problems).toContain('改进措施')
    expect(text.other).toBe('无。')
  })

  it('pairs the reports of one agency in consecutive years', () => {
    const pairs = yearPairs(corpus).map((p) => `${p.previous.name} → ${p.current.name}`)
    expect(pairs).toContain('kaiyang-scjgj-2020-page → kaiyang-scjgj-2021-page')
    expect(pairs).toContain('xixian-dizhang-2023-page → xixian-dizhang-2024-page')
  })

  it('rejects a truth with a key the format does not have, or a value that is not a number, blank or "/"', () => {
    const ok = { agency: '某局', year: 2023, format: '2021' as const, cells: { 't3.new.total': 3 } }
    expect(truthProblems(ok)).toEqual([])
    expect(truthProblems({ ...ok, cells: { 't3.other.total': 1 } })).toEqual(['t3.other.total is not a 2021 cell'])
    expect(truthProblems({ ...ok, cells: { 't3.new.total': '三' } })).toEqual(['t3.new.total = "三"'])
  })
})
