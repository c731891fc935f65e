import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { OpenedFile } from '../../../src/shared/ipc'
import { BUILT_MAIN, ensureBuilt, ROOT, startMain, type StandInApp, type StandInOptions } from '../../support/electron-stand-in'

// A report opened by the system (double-click on a .json the installer associated, a file dropped
// on the icon): the BUILT main process under the Electron stand-in reads it through the importer
// and the page, through the real preload, takes it; at first launch and from a second launch.

beforeAll(() => ensureBuilt(), 180_000)

const EXCHANGE = join(ROOT, '../shared/fixtures/jiaxing-zjj-2020.json')
const started: StandInApp[] = []
const dirs: string[] = []

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-open-file-'))
  dirs.push(dir)
  return dir
}

afterEach(() => {
  for (const app of started.splice(0)) app.kill()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A copy of the exchange fixture where a user keeps it (a name with spaces and Chinese). */
function reportFile(name = '嘉兴 住建局 2020.json'): { dir: string; path: string } {
  const dir = tempDir()
  const path = join(dir, name)
  copyFileSync(EXCHANGE, path)
  return { dir, path }
}

async function launch(args: string[] = [], options: Partial<StandInOptions> = {}): Promise<{ app: StandInApp; dataDir: string }> {
  const home = tempDir()
  const dataDir = join(home, 'data')
  const app = await startMain({ entry: BUILT_MAIN, home, args: [`--data-dir=${dataDir}`, ...args], ...options })
  started.push(app)
  await app.ready()
  return { app, dataDir }
}

const take = (app: StandInApp) => app.page<OpenedFile | null>('return nianbao.files.takeOpened()')

describe('opening a report the system hands over', { timeout: 60_000 }, () => {
  it('at first launch: the page takes the file named after the app’s own arguments, read by the importer', async () => {
    const { path } = reportFile()
    const { app, dataDir } = await launch(['--allow-file-access-from-files', path])
    // A launch that finds a copy running hands the file over with the lock (second-instance's data).
    const lock = (await app.state()).log.find((e) => e.what === 'app.requestSingleInstanceLock')!
    expect(lock.args[0]).toEqual({ dataDir, openFile: path })
    const opened = await take(app)
    expect(opened).toMatchObject({ fileName: '嘉兴 住建局 2020.json', token: expect.any(String) })
    if (!opened || 'error' in opened) throw new Error('expected a preview')
    expect(opened.result.source.kind).toBe('nianbao-json')
    expect(opened.result.report).toMatchObject({ agency: '嘉兴市住房和城乡建设局', year: 2020 })
    // Once taken it is gone; the preview is confirmed like a chosen file's.
    expect(await take(app)).toBeNull()
    const stored = await app.page<{ agency: string; year: number }>(`return nianbao.files.importConfirm({ token: ${JSON.stringify(opened.token)}, mode: 'as-is' })`)
    expect(stored).toMatchObject({ agency: '嘉兴市住房和城乡建设局', year: 2020 })
    expect(await app.page('return (await nianbao.reports.list()).length')).toBe(1)
  })

  it('at first launch without a file: nothing waits', async () => {
    const { app } = await launch()
    expect(await take(app)).toBeNull()
  })

  it('while running: a second launch’s file (relative to its folder) reaches the page as files:opened, then is taken', async () => {
    const { app, dataDir } = await launch()
    await app.page('world.openedEvents = []; nianbao.files.onOpened((e) => world.openedEvents.push(e))')
    const { dir } = reportFile('上年报告.json')
    await app.emit('app', 'second-instance', [process.execPath, '.', '--allow-file-access-from-files', '上年报告.json'], dir, { dataDir })
    const s = await app.until((st) => st.log.some((e) => e.what === 'webContents.send' && e.args[0] === 'files:opened'), 'files:opened')
    expect(s.log.find((e) => e.what === 'webContents.send' && e.args[0] === 'files:opened')!.args[1]).toEqual({ fileName: '上年报告.json' })
    expect(s.log.some((e) => e.what === 'window.focus')).toBe(true)
    await expect.poll(() => app.page('return world.openedEvents')).toEqual([{ fileName: '上年报告.json' }])
    const opened = await take(app)
    expect(opened).toMatchObject({ fileName: '上年报告.json', result: { report: { agency: '嘉兴市住房和城乡建设局' } } })
  })

  it('while running: prefers the path the second launch resolved itself (its lock data) over its argv', async () => {
    const { app, dataDir } = await launch()
    const { path } = reportFile()
    await app.emit('app', 'second-instance', [process.execPath, '.'], '/', { dataDir, openFile: path })
    await app.until((st) => st.log.some((e) => e.what === 'webContents.send' && e.args[0] === 'files:opened'), 'files:opened')
    expect(await take(app)).toMatchObject({ fileName: '嘉兴 住建局 2020.json', token: expect.any(String) })
  })

  it('a broken file: the page gets why, in Chinese, naming nothing but the file, and the app runs on', async () => {
    const dir = tempDir()
    const path = join(dir, '坏文件.json')
    writeFileSync(path, '{"schema": "nianbao/report@1", "year": ')
    const { app } = await launch([path])
    const opened = await take(app)
    expect(opened).toMatchObject({ fileName: '坏文件.json', error: expect.stringMatching(/[\u4e00-\u9fff]/) })
    expect((opened as { error: string }).error).not.toContain(dir)
    expect(await app.page('return (await nianbao.reports.list()).length')).toBe(0)
  })

  it('a file that is gone by the time it is read: a Chinese message, not a crash', async () => {
    const { app } = await launch([join(tempDir(), '不存在.json')])
    expect(await take(app)).toMatchObject({ fileName: '不存在.json', error: expect.stringContaining('无法读取文件') })
  })
})
