import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isCellKey } from '../../src/shared/form/cells'
import { isFormatId } from '../../src/shared/form/formats'
import type { FormatId } from '../../src/shared/form/types'
import { EXCHANGE_SCHEMA, readExchange, type ExchangeReport } from '../../src/shared/report/exchange'
import type { CellValue, ReportText } from '../../src/shared/report/types'
import { plainText, sectionsOfText } from './sections'

// The corpus of real published reports in tests/fixtures/real/: each file as found, its provenance
// (manifest.json) and the hand-checked truth of the cells it shows (<name>.truth.json).
// Used by `npm run eval:import`, by the rules evaluation and by tests/scripts/corpus.test.ts.

export const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/real')

export type CorpusKind = 'docx' | 'doc' | 'html' | 'pdf' | 'text'
export const CORPUS_KINDS: readonly CorpusKind[] = ['docx', 'doc', 'html', 'pdf', 'text']

export interface Provenance {
  /** The published page, when known. */
  url?: string
  /** A public repository holding the file: owner/name, path and commit. */
  repo?: string
  path?: string
  commit?: string
  /** How the copy was obtained (stored page excerpt, repository file, conversion…). */
  source: string
  /** For a file converted from another corpus file: that file's name. */
  derivedFrom?: string
}

export interface CorpusTruth {
  agency: string
  year: number
  /** The format whose cell keys the truth uses (a mixed report says so in notes). */
  format: FormatId
  /** Only the cells the file shows: a number, null (blank in the document) or "/"; {} for an excerpt cut before the tables. */
  cells: Record<string, CellValue>
  notes?: string
  /** Faults of the published report itself (a rule that rightly fires on it), e.g. text contradicting a table. */
  knownIssues?: { rule: string; note: string }[]
}

export interface CorpusEntry {
  name: string
  kind: CorpusKind
  /** How the content is laid out, in words (e.g. "web page text, one cell per line"). */
  shape: string
  path: string
  /** True when the file holds the whole report; false for an excerpt that stops part-way. */
  complete: boolean
  truth: CorpusTruth
  provenance: Provenance
}

interface ManifestRow {
  name: string
  file: string
  kind: CorpusKind
  shape: string
  complete?: boolean
  provenance: Provenance
}

/** Every corpus entry, in manifest order. Throws when a file or truth is missing or malformed. */
export function loadCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestRow[]
  return manifest.map((row) => {
    const path = join(dir, row.file)
    if (!existsSync(path)) throw new Error(`${row.name}: file ${row.file} missing`)
    const truthPath = join(dir, `${row.name}.truth.json`)
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as CorpusTruth
    const problems = truthProblems(truth)
    if (problems.length > 0) throw new Error(`${row.name}.truth.json: ${problems.join('; ')}`)
    return { name: row.name, kind: row.kind, shape: row.shape, path, complete: row.complete === true, truth, provenance: row.provenance }
  })
}

/** What is wrong with a truth file (empty when it is well-formed). */
export function truthProblems(truth: CorpusTruth): string[] {
  const out: string[] = []
  if (!isFormatId(truth.format)) out.push(`format ${String(truth.format)}`)
  if (!Number.isInteger(truth.year) || truth.year < 2008 || truth.year > 2100) out.push(`year ${String(truth.year)}`)
  if (typeof truth.agency !== 'string' || truth.agency === '') out.push('agency missing')
  if (!truth.cells || typeof truth.cells !== 'object') out.push('cells missing')
  for (const [key, value] of Object.entries(truth.cells ?? {})) {
    if (isFormatId(truth.format) && !isCellKey(truth.format, key)) out.push(`${key} is not a ${truth.format} cell`)
    const ok = value === null || value === '/' || (typeof value === 'number' && Number.isFinite(value))
    if (!ok) out.push(`${key} = ${JSON.stringify(value)}`)
  }
  return out
}

/** The file's text as a reader of the page sees it (tags dropped for HTML); '' for binary kinds. */
export function readableText(entry: CorpusEntry): string {
  if (entry.kind !== 'text' && entry.kind !== 'html') return ''
  const raw = readFileSync(entry.path, 'utf8')
  return entry.kind === 'html' ? plainText(raw) : raw
}

/**
 * The "honest" report of an entry as an exchange file (nianbao/report@1): the truth's cells (cells the
 * file does not show are blank: see `shownCells`) and the text sections found in the file's text.
 * For a converted PDF/Word file, the text comes from the file it was converted from.
 */
export function honestReport(entry: CorpusEntry, all: readonly CorpusEntry[] = []): ExchangeReport {
  const source = entry.provenance.derivedFrom ? all.find((e) => e.name === entry.provenance.derivedFrom) : entry
  const text: ReportText = source ? sectionsOfText(readableText(source)) : { overview: '', problems: '', other: '' }
  const cells = Object.fromEntries(Object.entries(entry.truth.cells))
  return readExchange({ schema: EXCHANGE_SCHEMA, format: entry.truth.format, year: entry.truth.year, agency: entry.truth.agency, cells, text })
}

/** Keys of the cells the file shows (the others are absent from it, e.g. an excerpt cut inside a table). */
export function shownCells(entry: CorpusEntry): string[] {
  return Object.keys(entry.truth.cells)
}

/** Reports of the same agency in consecutive years (previous, current), converted copies left out. */
export function yearPairs(corpus: readonly CorpusEntry[]): { previous: CorpusEntry; current: CorpusEntry }[] {
  const originals = corpus.filter((e) => !e.provenance.derivedFrom)
  const out: { previous: CorpusEntry; current: CorpusEntry }[] = []
  for (const current of originals) {
    const previous = originals.find((e) => e.truth.agency === current.truth.agency && e.truth.year === current.truth.year - 1)
    if (previous) out.push({ previous, current })
  }
  return out
}
