import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCompoundFile, MAX_DOC_STREAM_BYTES } from '../../../src/main/import/ole'

// The compound-file check that runs before word-extractor: every real .doc passes with its stream
// sizes; a forged size, a looping chain or a cut file is refused with what is wrong.

const dir = resolve(__dirname, '../../fixtures')
const docs = [...readdirSync(dir).map((f) => resolve(dir, f)), ...readdirSync(resolve(dir, 'real')).map((f) => resolve(dir, 'real', f))].filter((f) => f.endsWith('.doc'))
const real = () => new Uint8Array(readFileSync(resolve(dir, 'official-2021-filled.doc')))

/** The real .doc with its WordDocument directory entry at `entry` and the FAT entry of a sector at fat(id). */
function parts(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entry = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from('WordDocument', 'utf16le'))
  const fat = (id: number) => (view.getInt32(76, true) + 1) * 512 + 4 * id
  return { view, entry, fat }
}

describe('checkCompoundFile', () => {
  it('passes every real .doc and gives the sizes of the streams the reader reads', () => {
    expect(docs.length).toBeGreaterThanOrEqual(6)
    for (const f of docs) {
      const streams = checkCompoundFile(new Uint8Array(readFileSync(f)))
      expect(streams.map((s) => s.name).sort(), f).toEqual(['1Table', 'Data', 'WordDocument'])
      for (const s of streams) expect(s.size).toBeGreaterThan(0)
    }
  })

  it('refuses a stream claiming more bytes than the file has, or more than any report', () => {
    const bytes = real()
    const { view, entry } = parts(bytes)
    view.setUint32(entry + 120, 0xffffff00, true)
    expect(() => checkCompoundFile(bytes)).toThrow(/“WordDocument”声称有4096 MB，超过了文件本身的大小/)
    const big = new Uint8Array(MAX_DOC_STREAM_BYTES + 1024 * 1024)
    big.set(real())
    const p = parts(big)
    p.view.setUint32(p.entry + 120, MAX_DOC_STREAM_BYTES + 1, true)
    expect(() => checkCompoundFile(big)).toThrow(/数据过大（32 MB），不像是年度报告文件/)
  })

  it('refuses a sector chain that loops, and one that leaves the file', () => {
    const bytes = real()
    const { view, entry, fat } = parts(bytes)
    const first = view.getInt32(entry + 116, true)
    view.setInt32(fat(view.getInt32(fat(first), true)), first, true)
    expect(() => checkCompoundFile(bytes)).toThrow(/扇区链循环/)
    const out = real()
    const q = parts(out)
    q.view.setInt32(q.fat(q.view.getInt32(q.entry + 116, true)), 1_000_000, true)
    expect(() => checkCompoundFile(out)).toThrow(/超出文件范围/)
  })

  it('refuses a header whose sector size or table counts do not fit the file', () => {
    for (const [at, value] of [[30, 30], [30, 0], [32, 12]] as const) {
      const bytes = real()
      parts(bytes).view.setUint16(at, value, true)
      expect(() => checkCompoundFile(bytes)).toThrow(/扇区大小不正确/)
    }
    for (const at of [44, 64, 72]) {
      const bytes = real()
      parts(bytes).view.setInt32(at, 4 * 1024 * 1024, true)
      expect(() => checkCompoundFile(bytes)).toThrow(/分配表大小超过了文件本身/)
    }
  })
})
