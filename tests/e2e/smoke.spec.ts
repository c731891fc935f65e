import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { startWebApp } from './support/web-server'

// The served app end to end through the bridge, without depending on the renderer's UI.

test('the page loads with nianbao from the bridge', async ({ page, app }) => {
  await expect(page).toHaveTitle('年报助手')
  expect(await page.evaluate(() => typeof globalThis.nianbao?.reports?.list)).toBe('function')
  expect(await page.evaluate(() => nianbao.storage.status())).toMatchObject({ recovered: null, writeError: null })
  expect(app.url).toContain('127.0.0.1')
})

test('reports.create / list / save work through the bridge, errors arrive typed', async ({ page, app }) => {
  expect(page.url()).toContain(app.url)
  const created = await page.evaluate(() => nianbao.reports.create({ agency: '某市交通运输局', year: 2024 }))
  expect(created.format).toBe('2021')
  const saved = await page.evaluate(async (id) => {
    const r = await nianbao.reports.get(id)
    return nianbao.reports.save({ ...r, cells: { ...r.cells, 't3.new.total': 7 } })
  }, created.id)
  expect(saved.savedAt).toBeTruthy()
  const list = await page.evaluate(() => nianbao.reports.list())
  expect(list.map((r) => r.agency)).toEqual(['某市交通运输局'])
  const error = await page.evaluate(() => nianbao.reports.get('missing').then(() => null, (e: { code: string; message: string }) => ({ code: e.code, message: e.message })))
  expect(error).toEqual({ code: 'not-found', message: expect.stringContaining('找不到') })
})

test('data persists across a server restart', async ({ page }) => {
  const first = await startWebApp()
  try {
    await page.goto(first.url)
    await page.evaluate(() => nianbao.reports.create({ agency: '某县人民政府办公室', year: 2023 }))
    await first.stop()
    const second = await startWebApp({ dataDir: first.dataDir })
    try {
      await page.goto(second.url)
      const list = await page.evaluate(() => nianbao.reports.list())
      expect(list.map((r) => `${r.year} ${r.agency}`)).toEqual(['2023 某县人民政府办公室'])
    } finally {
      await second.stop()
    }
  } finally {
    await first.dispose()
  }
})

test('the test file chooser drives import and export', async ({ page, app }) => {
  expect(await page.evaluate(() => nianbao.files.importPreview())).toEqual({ canceled: true })
  const path = join(app.filesDir, 'report.json')
  writeFileSync(path, '{}')
  await app.nextOpen(path)
  // Whatever the importer makes of it, the answer is typed: a preview or an import error.
  const outcome = await page.evaluate(() =>
    nianbao.files.importPreview().then(
      (r) => ('token' in r ? 'preview' : 'canceled'),
      (e: { code: string }) => e.code
    )
  )
  expect(['preview', 'import']).toContain(outcome)
  await expect(app.nextOpen('/etc/passwd')).rejects.toThrow(/refused/)
})

test('a damaged data file is restored and the notice reaches the page', async ({ page }) => {
  const first = await startWebApp()
  try {
    await page.goto(first.url)
    const created = await page.evaluate(() => nianbao.reports.create({ agency: '某区卫生健康局', year: 2024 }))
    await page.evaluate((r) => nianbao.reports.save({ ...r, text: { ...r.text, overview: '已保存的文字' } }), created)
    await first.stop()
    writeFileSync(join(first.dataDir, 'reports', `${created.id}.json`), '') // a power cut mid-write
    const second = await startWebApp({ dataDir: first.dataDir })
    try {
      await page.goto(second.url)
      const status = await page.evaluate(() => nianbao.storage.status())
      expect(status.recovered?.message).toContain('已恢复最近一次完好的备份')
      const list = await page.evaluate(() => nianbao.reports.list())
      expect(list.map((r) => r.agency)).toEqual(['某区卫生健康局'])
    } finally {
      await second.stop()
    }
  } finally {
    await first.dispose()
  }
})
