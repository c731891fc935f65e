import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, uniqueAgency } from './fixtures/editor-app'

// A report whose text states no year: the import dialog says so and asks for the year; nothing is
// saved until one is given, and the report is stored with the year the user typed.

const FIXTURE_TEXT = join(process.cwd(), '../shared/fixtures/jiaxing-zjj-2020.txt')

test('importing a report with no year asks for the year before saving', async ({ page, app }) => {
  const agency = uniqueAgency('无年度')
  const text = readFileSync(FIXTURE_TEXT, 'utf8')
    .replace(/2020年度?/g, '')
    .replace(/^.*政府信息公开工作年度报告.*$/m, `${agency}政府信息公开工作年度报告`)
  const file = join(app.filesDir, `无年度-${Date.now()}.txt`)
  writeFileSync(file, text)
  await app.nextOpen(file)

  await page.getByTestId('import-report').click()
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog).toContainText('未能从文件中识别年度')
  await expect(dialog.getByTestId('import-problems')).toContainText('未能识别报告年度')
  const confirm = dialog.getByTestId('import-confirm')
  await expect(confirm).toBeDisabled()
  await dialog.getByTestId('import-year').fill('20')
  await expect(confirm).toBeDisabled()
  await dialog.getByTestId('import-year').fill('2020')
  await dialog.getByTestId('import-as-is').check()
  await expect(dialog).toContainText('原样导入为 2020 年度报告')
  await confirm.click()
  await expect(page.getByTestId('editor-agency')).toHaveText(agency)
  await expect(page.locator('.editor-header h1')).toContainText('2020年度')
})
