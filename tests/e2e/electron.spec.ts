import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { packApp } from '../helpers/stand-in-package'
import { electronBinary } from './support/electron-binary'
import { ROOT } from './support/web-server'

// The real desktop app, launched by Playwright against a temporary data folder: from the source
// checkout, and as electron-builder packs it (with the same Electron) for the installers. Always
// with a temporary user-data folder too, never the user's own: a copy of the app the user has open
// would otherwise hold the single-instance lock (per user-data folder) and the test would hang.

const binary = electronBinary()

const targets = [
  { name: 'Electron app', prepare: () => ({ executable: binary.path!, args: [ROOT] }) },
  { name: 'Electron app, packaged', prepare: () => ({ executable: packApp(dirname(binary.path!)).executable, args: [] }) }
]

for (const target of targets) {
  test.describe(target.name, () => {
    test.skip(binary.path === null, `Electron 二进制文件不存在（${binary.looked}）: 未运行`)

    let start: { executable: string; args: string[] }
    test.beforeAll(() => {
      test.setTimeout(240_000) // packing copies the whole Electron folder
      start = target.prepare()
    })

    async function launch(dataDir: string, userDataDir: string) {
      const app = await electron.launch({
        executablePath: start.executable,
        args: [...start.args, `--data-dir=${dataDir}`, `--user-data-dir=${userDataDir}`, '--no-sandbox', '--disable-gpu'],
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production' },
        timeout: 60_000
      })
      const page = await app.firstWindow({ timeout: 60_000 })
      await page.waitForLoadState('domcontentloaded')
      return { app, page }
    }

    test('starts locked down, exposes window.nianbao, and keeps data across a restart', async () => {
      expect(existsSync(join(ROOT, 'out/main/index.js')), 'run npm run build first').toBe(true)
      const root = mkdtempSync(join(tmpdir(), 'nianbao-electron-'))
      const dataDir = join(root, 'data')
      const userDataDir = join(root, 'user-data')
      try {
        const first = await launch(dataDir, userDataDir)
        expect(await first.page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
        expect(await first.page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
        expect(await first.page.evaluate(() => Object.keys(nianbao).sort())).toEqual(['app', 'files', 'menu', 'reports', 'settings', 'storage'])
        const created = await first.page.evaluate(() => nianbao.reports.create({ agency: '某市司法局', year: 2024 }))
        expect(created.year).toBe(2024)
        const error = await first.page.evaluate(() => nianbao.reports.get('missing').then(() => null, (e: { code: string }) => e.code))
        expect(error).toBe('not-found')
        // No new windows and no navigation away from the app.
        await first.page.evaluate(() => (globalThis as unknown as { open(u: string): unknown }).open('https://example.com'))
        expect(first.app.windows()).toHaveLength(1)
        await first.app.close()

        const second = await launch(dataDir, userDataDir)
        const list = await second.page.evaluate(() => nianbao.reports.list())
        expect(list.map((r) => r.agency)).toEqual(['某市司法局'])
        await second.app.close()
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    })
  })
}
