import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Report } from '../../../src/shared/report/types'
import { openStorage } from '../../../src/main/storage/storage'
import { BUILT_MAIN, ensureBuilt, startMain, type StandInApp } from '../../support/electron-stand-in'

// Quitting the BUILT main process (under the Electron stand-in) while the page still holds an
// edit: the edit must be on disk when the process has ended, however the quit started.

beforeAll(() => ensureBuilt(), 180_000)

const started: StandInApp[] = []
const dirs: string[] = []
afterEach(() => {
  for (const app of started.splice(0)) app.kill()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const EDITED = '某市司法局（退出前的修改）'

/**
 * Starts the app, creates a report through the page, then leaves the page as the editor is when
 * the user has just typed: one edit not yet saved, sent as the editor sends it: when the app asks
 * before closing (nianbao.app.onClosing) and, as a last resort, on pagehide.
 */
async function appWithEditInFlight(pageAnswers = true): Promise<{ app: StandInApp; dataDir: string; id: string }> {
  const home = mkdtempSync(join(tmpdir(), 'nianbao-quit-'))
  dirs.push(home)
  const dataDir = join(home, 'data')
  const app = await startMain({ entry: BUILT_MAIN, home, args: [`--data-dir=${dataDir}`] })
  started.push(app)
  await app.ready()
  const id = await app.page<string>(`
    const report = await nianbao.reports.create({ agency: '某市司法局', year: 2024 })
    const edited = { ...report, agency: ${JSON.stringify(EDITED)} }
    let saved = false
    const save = async () => {
      if (saved) return
      await nianbao.reports.save(edited)
      saved = true
    }
    if (${pageAnswers}) nianbao.app?.onClosing?.(save)
    else nianbao.app?.onClosing?.(() => new Promise(() => {}))
    page.on('pagehide', () => void save())
    return report.id
  `)
  return { app, dataDir, id }
}

async function storedAgency(dataDir: string, id: string): Promise<string> {
  const storage = await openStorage({ dir: dataDir })
  try {
    return storage.get(id).agency
  } finally {
    await storage.close()
  }
}

async function storedWindowState(dataDir: string) {
  const storage = await openStorage({ dir: dataDir })
  try {
    return storage.windowState()
  } finally {
    await storage.close()
  }
}

describe('quitting the built app with an edit in flight', { timeout: 60_000 }, () => {
  it('keeps the edit when quitting from the menu (文件 › 退出, Ctrl+Q)', async () => {
    const { app, dataDir, id } = await appWithEditInFlight()
    await app.clickMenu('文件(&F)', '退出')
    expect((await app.exited).code).toBe(0)
    expect(await storedAgency(dataDir, id)).toBe(EDITED)
    // The window's size and place, written as it closes, also got in before storage closed.
    expect(await storedWindowState(dataDir)).toMatchObject({ width: 1366, height: 768 })
  })

  it('keeps the edit when something calls app.quit()', async () => {
    const { app, dataDir, id } = await appWithEditInFlight()
    await app.request('quit')
    expect((await app.exited).code).toBe(0)
    expect(await storedAgency(dataDir, id)).toBe(EDITED)
  })

  it('keeps the edit when the window is closed with its X', async () => {
    const { app, dataDir, id } = await appWithEditInFlight()
    await app.request('close')
    expect((await app.exited).code).toBe(0)
    expect(await storedAgency(dataDir, id)).toBe(EDITED)
  })

  it('still quits, within its time limit, when the page never answers', async () => {
    const { app, dataDir, id } = await appWithEditInFlight(false)
    await app.request('quit')
    expect((await app.exited).code).toBe(0)
    // The folder is left closed and reopens (the edit could not be had from a silent page).
    expect(await storedAgency(dataDir, id)).toMatch(/^某市司法局/)
  })

  it('writes the page’s edit to disk when Windows ends the session', async () => {
    const { app, dataDir, id } = await appWithEditInFlight()
    await app.emit('window', 'session-end', { reasons: ['logoff'] })
    const file = join(dataDir, 'reports', `${id}.json`)
    const end = Date.now() + 30_000
    let agency = ''
    while (Date.now() < end) {
      agency = (JSON.parse(readFileSync(file, 'utf8')) as { report: Report }).report.agency
      if (agency === EDITED) break
      await new Promise((r) => setTimeout(r, 25))
    }
    expect(agency).toBe(EDITED)
  })
})
