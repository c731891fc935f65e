import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/main/import'
import { isolatedImporter } from '../../../src/main/import/isolated'
import { ImportError } from '../../../src/shared/import/types'

// The import worker: the same result as importing in place, and a clear Chinese ImportError when
// the time or memory limit stops it (the limits here are tiny so a real document hits them).

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures', name)))

async function failure(p: Promise<unknown>): Promise<ImportError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x
  )
  expect(e).toBeInstanceOf(ImportError)
  return e as ImportError
}

describe('import on a worker thread', () => {
  it.each(['official-2021-filled.docx', 'published-2020-gbk.html', 'official-2021-filled.doc'])('reads %s exactly as in place', async (name) => {
    const bytes = fixture(name)
    expect(await isolatedImporter()(bytes, name)).toEqual(await importFile(bytes, name))
  })

  it('passes a reader’s ImportError through unchanged', async () => {
    const e = await failure(isolatedImporter()(new Uint8Array(0), 'empty.txt'))
    expect(e.message).toBe('文件是空的，没有任何内容')
  })

  it('stops an import that runs past the time limit', async () => {
    const e = await failure(isolatedImporter({ timeoutMs: 1 })(fixture('official-2021-filled.docx'), 'x.docx'))
    expect(e.message).toMatch(/^读取文件超过0\.001秒仍未完成，已停止/)
  })

  it('stops an import that needs more memory than allowed', async () => {
    const e = await failure(isolatedImporter({ memoryMb: 4 })(fixture('official-2021-lo-export.html'), 'x.html'))
    expect(e.message).toMatch(/^读取文件所需内存超过4 MB，已停止/)
  })

  it('leaves the caller’s bytes intact (a copy moves to the worker)', async () => {
    const bytes = fixture('published-2020-gbk.html')
    const before = bytes.slice()
    await isolatedImporter()(bytes, 'x.html')
    expect(bytes).toEqual(before)
  })
})
