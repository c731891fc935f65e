import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/main/import'
import { importerPool } from '../../../src/main/import/worker-pool'
import { ImportError } from '../../../src/shared/import/types'

// The worker pool: files read one after another on the same few workers, with the time and memory
// limits still per file — a file that hits one fails alone and the next file gets a fresh worker.

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures', name)))

async function failure(p: Promise<unknown>): Promise<ImportError> {
  const e = await p.then(() => undefined, (x: unknown) => x)
  expect(e).toBeInstanceOf(ImportError)
  return e as ImportError
}

describe('import worker pool', () => {
  it('reads many files on two workers exactly as in place, a reader’s error passed through', async () => {
    const pool = importerPool({ size: 2 })
    const names = ['official-2021-filled.docx', 'published-2020-gbk.html', 'official-2021-filled.doc', 'official-2021-lo-export.txt']
    const files = [...names, ...names].map((n) => [n, fixture(n)] as const)
    try {
      const got = await Promise.all(files.map(([n, b]) => pool.importer(b, n)))
      for (const [i, [n, b]] of files.entries()) expect(got[i]).toEqual(await importFile(b, n))
      expect((await failure(pool.importer(new Uint8Array(0), 'empty.txt'))).message).toBe('文件是空的，没有任何内容')
      expect((await pool.importer(fixture('published-2020-gbk.html'), 'x.html')).report.year).toBe(2020)
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('stops a file past the memory limit; the next file is read on a fresh worker', async () => {
    const pool = importerPool({ size: 1, memoryMb: 24 })
    // A web page of 150 000 table rows (under the size caps): its document tree outgrows 24 MB.
    const huge = new TextEncoder().encode('<html><body><table>' + '<tr><td>一</td><td>2</td></tr>'.repeat(150_000) + '</table></body></html>')
    try {
      const e = await failure(pool.importer(huge, 'x.html'))
      expect(e.message).toMatch(/^读取文件所需内存超过24 MB，已停止/)
      expect((await pool.importer(new TextEncoder().encode('{"schema":"nianbao/report@1","format":"2021","year":2023,"agency":"甲局","cells":{}}'), 'a.json')).report.agency).toBe('甲局')
    } finally {
      await pool.close()
    }
  }, 60_000)

  it('stops a file past the time limit without holding up the others', async () => {
    const pool = importerPool({ size: 1, timeoutMs: 1 })
    try {
      const e = await failure(pool.importer(fixture('official-2021-filled.docx'), 'x.docx'))
      expect(e.message).toMatch(/^读取文件超过0\.001秒仍未完成，已停止/)
    } finally {
      await pool.close()
    }
  }, 60_000)
})
