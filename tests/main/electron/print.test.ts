import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BUILT_MAIN, ensureBuilt, startMain, type StandInApp, type StandInOptions } from '../../support/electron-stand-in'

// 打印 in the app: the BUILT main process under the Electron stand-in, asked through the real
// preload, loads the report's document into a hidden window with scripts off and opens the
// system print dialog on it (not a silent print), then closes that window.

beforeAll(() => ensureBuilt(), 180_000)

const started: StandInApp[] = []
const dirs: string[] = []

afterEach(() => {
  for (const app of started.splice(0)) app.kill()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

async function launch(options: Partial<StandInOptions> = {}): Promise<StandInApp> {
  const home = mkdtempSync(join(tmpdir(), 'nianbao-print-'))
  dirs.push(home)
  const app = await startMain({ entry: BUILT_MAIN, home, args: [`--data-dir=${join(home, 'data')}`], ...options })
  started.push(app)
  await app.ready()
  return app
}

const PRINT = `
  const r = await nianbao.reports.create({ agency: '打印测试局', year: 2025 })
  return nianbao.print.document({ id: r.id, blankAs: 'zero' })`

describe('打印 in the Electron app', { timeout: 60_000 }, () => {
  it('prints the report document in a hidden, script-less window through the system dialog', async () => {
    const app = await launch()
    expect(await app.page(PRINT)).toEqual({ printed: true })
    const { log } = await app.state()
    const printed = log.find((e) => e.what === 'webContents.print')!
    const [windowId, options, url] = printed.args as [number, { silent: boolean }, string]
    expect(options.silent).toBe(false)
    expect(url).toMatch(/^data:text\/html;charset=utf-8;base64,/)
    const html = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64').toString('utf8')
    expect(html).toContain('打印测试局')
    expect(html).toContain('2025年政府信息公开工作年度报告')
    const created = log.find((e) => e.what === 'BrowserWindow.new' && e.args[0] === windowId)!
    expect(created.args[1]).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true } })
    expect(log.some((e) => e.what === 'window.closed' && e.args[0] === windowId)).toBe(true)
  })

  it('a closed print dialog is no error: nothing printed, the window closed', async () => {
    const app = await launch({ printAnswer: [false, 'Print job canceled'] })
    expect(await app.page(PRINT)).toEqual({ printed: false })
    const { log } = await app.state()
    const windowId = log.find((e) => e.what === 'webContents.print')!.args[0]
    expect(log.some((e) => e.what === 'window.closed' && e.args[0] === windowId)).toBe(true)
  })

  it('a failing printer is reported in Chinese', async () => {
    const app = await launch({ printAnswer: [false, 'Print job failed'] })
    await expect(app.page(PRINT)).rejects.toThrow(/打印失败：Print job failed/)
  })

  it('has 打印 (Ctrl+P) in the 文件 menu, sent to the page', async () => {
    const app = await launch()
    const { menu } = await app.state()
    const file = menu!.find((m) => m.label === '文件(&F)')!
    const print = file.submenu!.find((m) => m.label === '打印…')!
    expect(print.accelerator).toBe('CmdOrCtrl+P')
    await app.clickMenu('文件(&F)', '打印…')
    await expect.poll(async () => (await app.state()).log.some((e) => e.what === 'webContents.send' && e.args[0] === 'menu:command' && (e.args[1] as { command: string }).command === 'print')).toBe(true)
  })
})
