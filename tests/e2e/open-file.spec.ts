import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createReportViaHome, expect, test, uniqueAgency } from './fixtures/editor-app'

// A report the system asks the app to open (double-click on an associated .json, a second launch
// with a file), emulated by the served app's /__test/open-file: the import dialog shows the file,
// ready to import as the report it is; a stored report of the same year is offered; a broken
// file gets a Chinese message.

const EXCHANGE = join(process.cwd(), '../shared/fixtures/jiaxing-zjj-2020.json')

function exchangeFile(dir: string, agency: string): string {
  const report = JSON.parse(readFileSync(EXCHANGE, 'utf8')) as { agency: string }
  report.agency = agency
  const path = join(dir, `${agency}.json`)
  writeFileSync(path, JSON.stringify(report))
  return path
}

test('a report opened while the app runs shows the import dialog, set to import it as it is', async ({ page, app }) => {
  const agency = uniqueAgency('双击打开')
  await expect(page.getByTestId('home')).toBeVisible()
  await app.openFile(exchangeFile(app.filesDir, agency))
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog.getByTestId('import-file')).toContainText(`${agency}.json（年报助手交换文件）`)
  await expect(dialog.getByTestId('import-as-is')).toBeChecked()
  await expect(dialog.getByTestId('import-stored')).toHaveCount(0)
  await dialog.getByTestId('import-confirm').click()
  await expect(page.getByTestId('editor-agency')).toHaveText(agency)
  await expect(page.locator('.editor-header h1')).toContainText('2020年度')
})

test('a report opened at launch is shown once the page has loaded', async ({ page, app }) => {
  const agency = uniqueAgency('启动打开')
  // No page is open when the file arrives (as at first launch): it waits for the page to take it.
  await page.goto('about:blank')
  await app.openFile(exchangeFile(app.filesDir, agency))
  await page.goto(app.url)
  await expect(page.getByTestId('import-dialog').getByTestId('import-file')).toContainText(`${agency}.json`)
  // Taken once: another load shows no dialog.
  await page.getByTestId('import-dialog').getByRole('button', { name: '取消' }).click()
  await page.reload()
  await expect(page.getByTestId('home')).toBeVisible()
  await expect(page.getByTestId('import-dialog')).toHaveCount(0)
})

test('from the editor, an opened report of a year already stored offers the stored one', async ({ page, app }) => {
  const agency = uniqueAgency('已保存')
  await createReportViaHome(page, agency, 2020)
  await app.openFile(exchangeFile(app.filesDir, agency))
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog.getByTestId('import-stored')).toContainText(`已保存的报告中已有“${agency} 2020年度”`)
  await dialog.getByTestId('import-open-stored').click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('editor-agency')).toHaveText(agency)
})

test('a broken file gets a Chinese message naming it, and nothing is stored', async ({ page, app }) => {
  const path = join(app.filesDir, `坏文件-${Date.now()}.json`)
  writeFileSync(path, '{"schema": "nianbao/report@1", "year": ')
  await expect(page.getByTestId('home')).toBeVisible()
  await app.openFile(path)
  await expect(page.getByTestId('home-error')).toContainText(/无法打开文件“坏文件-\d+\.json”：/)
  await expect(page.getByTestId('import-dialog')).toHaveCount(0)
})
