// Child process of kill.test.ts: saves one report over and over and prints "ack N" after each
// save the storage acknowledged as written. The parent SIGKILLs it at a random moment.
import { openStorage } from '../../../src/main/storage/storage'

const dir = process.argv[2]
// A snapshot every 50 ms, so kills also land in the middle of history-file writes.
const storage = await openStorage({ dir, snapshotIntervalMs: 50 })
const existing = storage.list()[0]
let report = existing ? storage.get(existing.id) : await storage.create({ agency: '某市人民政府办公室', year: 2024 })
let n = typeof report.cells['t3.new.total'] === 'number' ? report.cells['t3.new.total'] : 0
const filler = '本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》。'.repeat(60)
process.stdout.write('ready\n')
for (;;) {
  n++
  report = { ...report, cells: { ...report.cells, 't3.new.total': n }, text: { ...report.text, overview: `第${n}次保存。${filler}` } }
  const { savedAt } = await storage.save(report)
  if (savedAt) process.stdout.write(`ack ${n}\n`)
}
