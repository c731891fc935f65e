import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { folderFiles } from '../../../src/main/ipc/folder-files'
import { IpcFailure } from '../../../src/main/ipc/result'

describe('folderFiles (the folder chosen for 汇总 or 检查文件夹)', () => {
  const dirs: string[] = []
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

  it('lists the files of a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-folder-files-'))
    dirs.push(dir)
    writeFileSync(join(dir, 'a.json'), '{}')
    expect((await folderFiles(dir)).map((p) => p.slice(dir.length + 1))).toEqual(['a.json'])
  })

  it('a folder that is not there is an io failure with a Chinese message naming it', async () => {
    const missing = join(tmpdir(), 'nianbao-no-such-folder-' + process.pid)
    const err = await folderFiles(missing).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(IpcFailure)
    expect((err as IpcFailure).code).toBe('io')
    expect((err as IpcFailure).message).toContain(`找不到文件夹“${missing}”`)
  })
})
