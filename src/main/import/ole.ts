import { ImportError } from '../../shared/import/types'

// The structure of an OLE compound file (a .doc), checked before word-extractor reads it. That
// library trusts the file: a sector size or table count taken as given allocates gigabytes outside
// the worker's heap limit, and a sector chain that loops never ends. Here every count is checked
// against the file's size and every chain the reader follows is walked once, bounded: a damaged or
// forged file ends in a clear error, and a real one (a few hundred KB to a few MB) passes untouched.

const FREE = -1
const END = -2
const MB = 1024 * 1024

/** Streams the .doc reader reads, besides the directory and the mini stream. */
export const DOC_STREAMS = ['WordDocument', '0Table', '1Table', 'Data'] as const
/**
 * Per stream: a report's WordDocument stream (text and its formatting) is under 1 MB and its table
 * stream smaller; pictures live in the Data stream, which the reader reads only for table
 * properties. 32 MB is far above any report and under the 50 MB file limit.
 */
export const MAX_DOC_STREAM_BYTES = 32 * MB

const SUGGEST = '请在Word或WPS中打开后另存为.docx再导入'
const damaged = (what: string) => new ImportError(`该Word 97–2003文档已损坏（${what}），无法读取。${SUGGEST}`)

export interface OleStream {
  name: string
  size: number
}

/** Checks the compound file's tables and the chains of the streams named; returns their sizes. */
export function checkCompoundFile(bytes: Uint8Array, names: readonly string[] = DOC_STREAMS): OleStream[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 512) throw damaged('文件过短')
  const i32 = (at: number) => {
    if (at + 4 > bytes.length) throw damaged('文件不完整，可能被截断')
    return view.getInt32(at, true)
  }
  const shift = view.getUint16(30, true)
  if ((shift !== 9 && shift !== 12) || view.getUint16(32, true) !== 6) throw damaged('文件头中的扇区大小不正确')
  // Streams shorter than this live in the mini stream (4096 in every writer; taken as given, as word-extractor does).
  const miniCutoff = i32(56)
  const secSize = 1 << shift
  const sectors = Math.floor((bytes.length - secSize) / secSize) + (bytes.length % secSize === 0 ? 0 : 1)
  const [fatCount, dirStart, miniFatStart, miniFatCount, difatStart, difatCount] = [i32(44), i32(48), i32(60), i32(64), i32(68), i32(72)]
  if (fatCount < 1 || fatCount > sectors || miniFatCount < 0 || miniFatCount > sectors || difatCount < 0 || difatCount > sectors) {
    throw damaged('文件头中的分配表大小超过了文件本身')
  }
  const sector = (id: number) => {
    if (!(id >= 0 && id < sectors)) throw damaged('扇区位置超出文件范围，文件可能不完整（被截断）')
    return (id + 1) * secSize
  }

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fatSectors: number[] = []
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(i32(76 + 4 * i))
  let difat = difatStart
  for (let n = 0; fatSectors.length < fatCount; n++) {
    if (n >= difatCount) throw damaged('分配表不完整')
    const at = sector(difat)
    for (let k = 0; k < secSize / 4 - 1 && fatSectors.length < fatCount; k++) fatSectors.push(i32(at + 4 * k))
    difat = i32(at + secSize - 4)
  }
  const fat = new Int32Array(fatCount * (secSize / 4))
  fatSectors.forEach((id, n) => {
    const at = sector(id)
    for (let k = 0; k < secSize / 4; k++) fat[n * (secSize / 4) + k] = i32(at + 4 * k)
  })

  /** A chain's sector ids; a loop or a step outside the table is damage. */
  const chain = (table: Int32Array, start: number, limit: number): number[] => {
    const ids: number[] = []
    for (let id = start; id !== END && id !== FREE; id = table[id]) {
      if (!(id >= 0 && id < table.length && id < limit)) throw damaged('扇区位置超出文件范围，文件可能不完整（被截断）')
      if (ids.length >= limit) throw damaged('扇区链循环')
      ids.push(id)
    }
    return ids
  }
  // Directory entries (128 bytes each) along the directory chain.
  const dir = chain(fat, dirStart, sectors)
  const entries: { name: string; start: number; size: number }[] = []
  let root: { start: number; size: number } | undefined
  for (const id of dir) {
    const base = sector(id)
    for (let e = 0; e < secSize / 128; e++) {
      const at = base + 128 * e
      i32(at + 124) // the whole entry is in the file
      const nameBytes = view.getUint16(at + 64, true)
      const type = bytes[at + 66]
      if (type === 0 || nameBytes < 2 || nameBytes > 64) continue
      const name = Buffer.from(bytes.buffer, bytes.byteOffset + at, nameBytes - 2).toString('utf16le')
      const entry = { name, start: i32(at + 116), size: view.getUint32(at + 120, true) }
      if (type === 5) root ??= entry
      else if (type === 2 && names.includes(name)) entries.push(entry) // embedded documents' too
    }
  }
  if (!root) throw damaged('缺少根目录')
  const miniStream = chain(fat, root.start, sectors)
  const miniFat = new Int32Array(miniFatCount * (secSize / 4))
  chain(fat, miniFatStart, sectors).forEach((id, n) => {
    const at = sector(id)
    for (let k = 0; k < secSize / 4; k++) miniFat[n * (secSize / 4) + k] = i32(at + 4 * k)
  })

  const found: OleStream[] = []
  for (const { name, ...entry } of entries) {
    if (entry.size > bytes.length) throw damaged(`其中的“${name}”声称有${(entry.size / MB).toFixed(0)} MB，超过了文件本身的大小`)
    if (entry.size > MAX_DOC_STREAM_BYTES) throw new ImportError(`Word文档中的“${name}”数据过大（${(entry.size / MB).toFixed(0)} MB），不像是年度报告文件，已停止读取`)
    const mini = entry.size < miniCutoff
    const ids = mini ? chain(miniFat, entry.start, (miniStream.length * secSize) / 64) : chain(fat, entry.start, sectors)
    if (ids.length * (mini ? 64 : secSize) < entry.size) throw damaged(`“${name}”不完整，文件可能被截断`)
    found.push({ name, size: entry.size })
  }
  return found
}
