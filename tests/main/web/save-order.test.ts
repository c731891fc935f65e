import type { Server } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppDispatch } from '../../../src/main/ipc'
import { nodeDiskIO, type DiskIO } from '../../../src/main/storage/disk-io'
import { openStorage } from '../../../src/main/storage/storage'
import { noFileDialogs } from '../../../src/main/web/chooser'
import { createWebServer, WEB_SENDER } from '../../../src/main/web/server'
import type { Report } from '../../../src/shared/report/types'
import { useTempDirs } from '../storage/temp-dir'
import { listen } from './listen'

// Two overlapping saves of one report through the served app, while a snapshot is due: the first
// save has to write the history file first. Whatever the order, the newer save must end up stored
// or the older one be refused — never the older one stored while both were answered "ok".

const tempDir = useTempDirs()
let cleanup: (() => Promise<void>) | null = null
afterEach(async () => {
  await cleanup?.()
  cleanup = null
})

type Answer<T = { savedAt: string | null; revision: number }> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } }

/** A disk whose history-file writes are slow (a busy disk, antivirus): the window the race needs. */
function slowHistoryIO(onHistoryWrite: () => void): DiskIO {
  return {
    ...nodeDiskIO,
    async writeDurable(path, data) {
      if (path.includes('.history.json')) {
        onHistoryWrite()
        await new Promise((r) => setTimeout(r, 200))
      }
      return nodeDiskIO.writeDurable(path, data)
    }
  }
}

async function serve() {
  let historyWriteStarted: () => void = () => undefined
  const historyWrite = new Promise<void>((r) => (historyWriteStarted = r))
  const storage = await openStorage({ dir: join(tempDir(), 'data'), io: slowHistoryIO(() => historyWriteStarted()) })
  const dispatch = createAppDispatch(storage, noFileDialogs, { isTrustedSender: (s) => s === WEB_SENDER })
  const server: Server = createWebServer({ dispatch, storage, rendererDir: tempDir(), bridgeScript: '' })
  const listening = await listen(server, storage)
  cleanup = listening.close
  const call = <T = { savedAt: string | null; revision: number }>(channel: string, payload: unknown) => listening.call<Answer<T>>(channel, payload)
  const value = <T>(answer: Answer<T>): T => {
    if (!answer.ok) throw new Error(answer.error.message)
    return answer.value
  }
  const stored = async (id: string) => value(await call<Report>('reports:get', { id })).text.overview
  const created = value(await call<Report>('reports:create', { agency: '某市交通运输局', year: 2024 }))
  const opened = value(await call<{ report: Report; revision: number }>('reports:open', { id: created.id }))
  return { call, historyWrite, stored, report: opened.report, revision: opened.revision }
}

function withOverview(report: Report, overview: string): Report {
  return { ...report, text: { ...report.text, overview } }
}

describe('overlapping saves through the served app', () => {
  it('never leaves the older of two acknowledged saves on top when a snapshot is due', async () => {
    const { call, historyWrite, stored: storedOf, report } = await serve()
    // No snapshot yet and the content changes: the first save writes the history file first.
    const older = call('reports:save', { report: withOverview(report, '第一稿') })
    await historyWrite
    const newer = call('reports:save', { report: withOverview(report, '第二稿') })
    const [a, b] = await Promise.all([older, newer])
    const stored = await storedOf(report.id)

    if (a.ok && b.ok) expect(stored, 'both saves acknowledged: the newer must be stored').toBe('第二稿')
    else if (!a.ok) expect([a.error.code, stored]).toEqual(['stale', '第二稿'])
    else expect.fail(`the newer save was refused: ${JSON.stringify(b)}`)
  })

  it("stores the newer of one editor's overlapping saves, and refuses the older one when it arrives late", async () => {
    const { call, historyWrite, stored, report, revision } = await serve()
    const editor = 'editor-1'
    // The newer save reaches the server first and waits for the history file; the older one
    // arrives while it waits.
    const newer = call('reports:save', { report: withOverview(report, '第二稿'), order: { editor, seq: 2, baseRevision: revision } })
    await historyWrite
    const older = call('reports:save', { report: withOverview(report, '第一稿'), order: { editor, seq: 1, baseRevision: revision } })
    const [b, a] = await Promise.all([newer, older])
    expect(b.ok).toBe(true)
    expect(a).toMatchObject({ ok: false, error: { code: 'stale' } })
    expect(await stored(report.id)).toBe('第二稿')
    // In order, one editor's saves follow each other without waiting for the answers.
    const third = call('reports:save', { report: withOverview(report, '第三稿'), order: { editor, seq: 3, baseRevision: revision } })
    const fourth = call('reports:save', { report: withOverview(report, '第四稿'), order: { editor, seq: 4, baseRevision: revision } })
    expect([(await third).ok, (await fourth).ok]).toEqual([true, true])
    expect(await stored(report.id)).toBe('第四稿')
  })

  it('refuses a save from a second window whose content starts from a replaced revision, until the user overwrites knowingly', async () => {
    const { call, historyWrite, stored, report, revision } = await serve()
    const first = call('reports:save', { report: withOverview(report, '窗口一'), order: { editor: 'window-1', seq: 1, baseRevision: revision } })
    await historyWrite
    const second = call('reports:save', { report: withOverview(report, '窗口二'), order: { editor: 'window-2', seq: 1, baseRevision: revision } })
    const [one, two] = await Promise.all([first, second])
    expect(one.ok).toBe(true)
    expect(two).toMatchObject({ ok: false, error: { code: 'stale' } })
    if (!two.ok) expect(two.error.message).toContain('另一个窗口')
    expect(await stored(report.id)).toBe('窗口一')
    // 保留我的版本: the same content again, marked as a knowing overwrite.
    const kept = await call('reports:save', { report: withOverview(report, '窗口二'), order: { editor: 'window-2', seq: 2, baseRevision: revision, overwrite: true } })
    expect(kept.ok).toBe(true)
    expect(await stored(report.id)).toBe('窗口二')
    // Now window 1 is the one behind: its next save is refused in turn.
    const late = await call('reports:save', { report: withOverview(report, '窗口一再改'), order: { editor: 'window-1', seq: 2, baseRevision: one.ok ? one.value.revision : -1 } })
    expect(late).toMatchObject({ ok: false, error: { code: 'stale' } })
    expect(await stored(report.id)).toBe('窗口二')
  })
})
