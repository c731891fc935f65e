import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { honestReport, loadCorpus } from './load'

// `tsx scripts/corpus/export-reports.ts OUTDIR`: writes every corpus entry's honest report as an
// exchange file OUTDIR/<name>.json, for tools that take files (`npm run cli -- check …`).

const out = resolve(process.argv[2] ?? '.tmp/corpus-reports')
mkdirSync(out, { recursive: true })
const corpus = loadCorpus()
for (const entry of corpus) {
  writeFileSync(join(out, `${entry.name}.json`), JSON.stringify(honestReport(entry, corpus), null, 2) + '\n')
}
console.log(`${corpus.length} reports written to ${out}`)
