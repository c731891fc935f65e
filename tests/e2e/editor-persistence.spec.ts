import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { startWebApp } from './support/web-server'
import { cell, cellValue, consistentT3, createReportViaHome, expect, openFromHome, pasteText, readT3, showT3, t3Rows, test, toTsv, typeInto, uniqueAgency } from './fixtures/editor-app'

// Nothing typed is lost: what the user entered (table cells, text, agency details) is there after
// a page reload and after the server (the main process) restarts on the same data folder.

const ROWS = t3Rows('2021')
const TABLE = consistentT3()
const PROBLEMS = '一是政策解读形式较为单一；二是依申请公开答复质量有待提高。'

async function expectEverythingThere(page: Page, agency: string): Promise<void> {
  await openFromHome(page, agency)
  await showT3(page)
  const expected = Object.fromEntries(ROWS.map((r) => [r, TABLE[r].map(String)]))
  expected.granted = [...expected.granted]
  expected.granted[2] = '/'
  await expect.poll(() => readT3(page, ROWS)).toEqual(expected)
  await page.getByTestId('nav-problems').click()
  await expect(page.locator('[data-text=problems]')).toHaveValue(PROBLEMS)
  await page.getByTestId('nav-info').click()
  await expect(page.getByTestId('info-phone')).toHaveValue('0573-12345678')
  await expect(page.getByTestId('info-signoff')).toBeChecked()
  await expect(page.getByTestId('info-signoff-date')).toHaveValue('2026-01-20')
}

test('a report typed in the editor is all there after a reload and after the server restarts on the same data', async ({ page }) => {
  const first = await startWebApp()
  try {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(first.url)
    const agency = uniqueAgency('持久')
    await createReportViaHome(page, agency, 2025)
    await showT3(page)
    await pasteText(cell(page, 't3.new.natural'), toTsv(TABLE, ROWS))
    await expect(cellValue(page, 't3.carriedForward.total')).toHaveText(String(TABLE.carriedForward[6]))
    await typeInto(page, 't3.granted.research', '/')
    await page.getByTestId('nav-problems').click()
    await page.locator('[data-text=problems]').fill(PROBLEMS)
    await page.getByTestId('nav-info').click()
    await page.getByTestId('info-phone').fill('0573-12345678')
    // The sign-off date typed the Chinese way, whatever the OS locale.
    await page.getByTestId('info-signoff').check()
    await page.getByTestId('info-signoff-date').fill('2026年1月20日')
    await page.getByTestId('info-signoff-date').blur()
    await expect(page.getByTestId('info-signoff-date')).toHaveValue('2026-01-20')
    await page.keyboard.press('Control+s') // save now, as users do
    await expect(page.getByTestId('save-indicator')).toContainText('已保存', { timeout: 10_000 })

    await page.reload()
    await expectEverythingThere(page, agency)

    await first.stop()
    const second = await startWebApp({ dataDir: first.dataDir })
    try {
      await page.goto(second.url)
      await expectEverythingThere(page, agency)
      // The home list remembers it too, with its year.
      await page.getByTestId('go-home').click()
      await expect(page.getByTestId('report-row').filter({ hasText: agency })).toContainText('2025')
    } finally {
      await second.stop()
    }
  } finally {
    await first.dispose()
  }
})

test('an edit made just before leaving the page is saved (flushed on the way out), not lost', async ({ page, app }) => {
  const agency = uniqueAgency('离开')
  await createReportViaHome(page, agency, 2025)
  await showT3(page)
  await typeInto(page, 't3.new.natural', '42')
  // No waiting for the autosave: reload at once, as a user closing the window would.
  await page.reload()
  await openFromHome(page, agency)
  await showT3(page)
  await expect(cellValue(page, 't3.new.natural')).toHaveText('42')
  expect(app.url).toBeTruthy()
})

test('a cell still being typed into (no Enter, no Tab) when the page goes away is saved, not lost', async ({ page, app }) => {
  const agency = uniqueAgency('未确认')
  await createReportViaHome(page, agency, 2025)
  await showT3(page)
  await cell(page, 't3.new.natural').click()
  await page.keyboard.type('37')
  // Still editing: the value lives only in the input until the app commits it on the way out.
  await page.reload()
  await openFromHome(page, agency)
  await showT3(page)
  await expect(cellValue(page, 't3.new.natural')).toHaveText('37')
  expect(app.url).toBeTruthy()
})

test('going back to the list saves first: the list shows the new counts of problems', async ({ page, app }) => {
  const agency = uniqueAgency('返回')
  await createReportViaHome(page, agency, 2025)
  await showT3(page)
  await pasteText(cell(page, 't3.granted.natural'), '4\t1\t0\t0\t0\t0\t9\r\n')
  await page.getByTestId('go-home').click()
  const row = page.getByTestId('report-row').filter({ hasText: agency })
  // One C3 error (the 总计 of （一）予以公开 is 9, its parts add up to 5).
  await expect(row).toContainText('✖ 1')
  expect(app.url).toBeTruthy()
})

test('a report file corrupted while the app was closed: the app says so, restores the last good copy, and the typed figures are there', async ({ page }) => {
  const first = await startWebApp()
  try {
    await page.goto(first.url)
    const agency = uniqueAgency('损坏')
    await createReportViaHome(page, agency, 2025)
    await showT3(page)
    await typeInto(page, 't3.new.natural', '42')
    await page.keyboard.press('Control+s') // save now, as users do
    await expect(page.getByTestId('save-indicator')).toHaveText(/已保存 \d{2}:\d{2}/, { timeout: 10_000 })
    // A second save, so the kept previous copy (the backup) already holds the 42.
    await typeInto(page, 't3.new.commercial', '3')
    await page.keyboard.press('Control+s') // save now, as users do
    await expect(page.getByTestId('save-indicator')).toHaveText(/已保存 \d{2}:\d{2}/, { timeout: 10_000 })
    await first.stop()

    // Power cut halfway through a write: the report file is left cut short.
    const reportsDir = join(first.dataDir, 'reports')
    const files = readdirSync(reportsDir).filter((f) => /^[^.]+\.json$/.test(f))
    expect(files).toHaveLength(1)
    writeFileSync(join(reportsDir, files[0]), '{"schema":"nianbao/stor')

    const second = await startWebApp({ dataDir: first.dataDir })
    try {
      await page.goto(second.url)
      const banner = page.getByTestId('storage-recovered')
      await expect(banner).toBeVisible()
      await expect(banner).toContainText('已自动恢复')
      await openFromHome(page, agency)
      await showT3(page)
      await expect(cellValue(page, 't3.new.natural')).toHaveText('42')
      await banner.getByRole('button', { name: '知道了' }).click()
      await expect(banner).toHaveCount(0)
    } finally {
      await second.stop()
    }
  } finally {
    await first.dispose()
  }
})
