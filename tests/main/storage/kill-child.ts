// Child process of kill.test.ts: saves one report over and over and prints "ack N" after each
// save the storage acknowledged as written. The parent SIGKILLs it at a random moment. With
// "overlap", saves go two at a time without waiting for each other (two windows, or a quick edit
// while a snapshot is written), numbered as one editor numbers its saves.
import { openStorage } from '../../../src/main/storage/storage'
import type { Report } from '../../../src/shared/report/types'

const dir = process.argv[2]
const overlap = process.argv[3] === 'overlap'
// A snapshot every 50 ms, so kills also land in the middle of history-file writes.
const storage = await openStorage({ dir, snapshotIntervalMs: 50 })
const existing = storage.list()[0]
const opened = existing ? storage.open(existing.id) : { report: await storage.create({ agency: '某市人民政府办公室', year: 2024 }), revision: 0 }
const base = opened.report
let n = typeof base.cells['t3.new.total'] === 'number' ? base.cells['t3.new.total'] : 0
const filler = '本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》。'.repeat(60)
const editor = `kill-child-${process.pid}`

function version(k: number): Report {
  return { ...base, cells: { ...base.cells, 't3.new.total': k }, text: { ...base.text, overview: `第${k}次保存。${filler}` } }
}

async function save(k: number): Promise<void> {
  try {
    const { savedAt } = await storage.save(version(k), { editor, seq: k, baseRevision: opened.revision })
    if (savedAt) process.stdout.write(`ack ${k}\n`)
  } catch (e) {
    // A refused save (older than the stored one) is not acknowledged: the parent must not count it.
    process.stdout.write(`refused ${k}\n`)
    if ((e as { code?: string }).code !== 'stale') throw e
  }
}

process.stdout.write('ready\n')
for (;;) {
  if (overlap) {
    n += 2
    await Promise.all([save(n - 1), save(n)])
  } else {
    await save(++n)
  }
}
