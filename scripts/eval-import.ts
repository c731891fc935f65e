import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { importFile } from '../src/main/import'
import { addTally, compareCells, emptyTally, type CellTally } from './corpus/compare'
import { CORPUS_KINDS, loadCorpus, type CorpusKind } from './corpus/load'

// `npm run eval:import [-- --details]`: imports every real report of tests/fixtures/real/ with the
// product's importer and prints cells right / wrong / missing per file, per input kind and in total.
// "blank" counts the right cells that are blank in the truth (reading nothing is right there).
// An evaluation, not a test: it always exits 0.

const details = process.argv.includes('--details')
const pct = (t: CellTally) => {
  const n = t.right + t.wrong + t.missing
  return n === 0 ? '—' : `${((100 * t.right) / n).toFixed(1)}%`
}
const row = (cols: (string | number)[]) => console.log(cols.map(String).join('\t'))

async function main(): Promise<void> {
  const corpus = loadCorpus()
  const byKind = new Map<CorpusKind, CellTally & { files: number; refused: number; yearOk: number }>()
  for (const k of CORPUS_KINDS) byKind.set(k, { ...emptyTally(), files: 0, refused: 0, yearOk: 0 })
  const total = emptyTally()
  row(['file', 'kind', 'right', 'blank', 'wrong', 'missing', 'unsupported', 'right%', 'year', 'format', 'note'])
  for (const entry of corpus) {
    const k = byKind.get(entry.kind)!
    k.files++
    const truthCells = entry.truth.cells
    let tally: CellTally
    let note = ''
    let year = ''
    let format = ''
    try {
      const result = await importFile(new Uint8Array(readFileSync(entry.path)), basename(entry.path))
      tally = compareCells(truthCells, result.report.cells)
      year = result.report.year === entry.truth.year ? 'ok' : `${result.report.year}≠${entry.truth.year}`
      if (year === 'ok') k.yearOk++
      format = result.detectedFormat === entry.truth.format ? 'ok' : `${result.detectedFormat}≠${entry.truth.format}`
      const errors = result.problems.filter((p) => p.severity === 'error').length
      if (errors > 0) note = `${errors} import errors`
    } catch (e) {
      tally = compareCells(truthCells, {})
      k.refused++
      note = `refused: ${(e as Error).message.slice(0, 60)}`
    }
    addTally(k, tally)
    addTally(total, tally)
    row([entry.name, entry.kind, tally.right, tally.rightBlank, tally.wrong, tally.missing, tally.unsupported, pct(tally), year, format, note])
    if (details) for (const d of tally.details) console.log(`    ${d}`)
  }
  console.log('')
  row(['kind', 'files', 'refused', 'right', 'blank', 'wrong', 'missing', 'unsupported', 'right%', 'year ok'])
  for (const [kind, t] of byKind) if (t.files > 0) row([kind, t.files, t.refused, t.right, t.rightBlank, t.wrong, t.missing, t.unsupported, pct(t), `${t.yearOk}/${t.files}`])
  row(['total', corpus.length, '', total.right, total.rightBlank, total.wrong, total.missing, total.unsupported, pct(total)])
}

main().catch((e: unknown) => {
  console.error(e)
}).finally(() => {
  process.exitCode = 0
})
