import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { cell, cellValue, consistentT3, createReportViaHome, expect, pasteText, readT3, ruleItem, showT3, T3_COLUMNS, t3Rows, test, toTsv, typeInto, uniqueAgency } from './fixtures/editor-app'

// Importing last year's published report (the 2020 fixture) through the file chooser, starting
// 2021's report from it, and exporting a Word document.

// Reference material beside the project (tests/helpers/fixtures.ts resolves it with __dirname,
// which Playwright's ESM loader does not provide).
const FIXTURE = join(process.cwd(), '../shared/fixtures/jiaxing-zjj-2020.json')
const FIXTURE_TEXT = join(process.cwd(), '../shared/fixtures/jiaxing-zjj-2020.txt')

test("importing the 2020 report and starting 2021's from it fills 上年结转 from last year's 结转下年度", async ({ page, app }) => {
  const last = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { agency: string; year: number; cells: Record<string, number | null> }
  // A copy in the folder the test chooser may open (the fixture itself stays untouched).
  const file = join(app.filesDir, `上年报告-${Date.now()}.json`)
  copyFileSync(FIXTURE, file)
  await app.nextOpen(file)

  await page.getByTestId('import-report').click()
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('import-file')).toContainText('上年报告-')
  await expect(dialog).toContainText(last.agency)
  await expect(dialog).toContainText('2020年度')
  await dialog.getByTestId('import-next-year').check()
  await expect(dialog).toContainText('新建 2021 年度报告')
  await dialog.getByTestId('import-confirm').click()

  // An existing 2021 report of the agency (left by an earlier run on this server) is replaced.
  const replace = page.getByTestId('import-replace')
  const editor = page.getByTestId('editor')
  await expect(editor.or(replace)).toBeVisible()
  if (await replace.isVisible()) await replace.click()

  await expect(page.getByTestId('editor-agency')).toHaveText(last.agency)
  await expect(page.locator('.editor-header h1')).toContainText('2021年度')
  await showT3(page)
  for (const c of T3_COLUMNS) {
    const carried = last.cells[`t3.carriedForward.${c}`]
    await expect(cellValue(page, `t3.carriedOver.${c}`), `上年结转·${c}`).toHaveText(String(carried ?? ''))
  }
  // This year's own numbers start blank.
  await expect(cellValue(page, 't3.new.natural')).toHaveText('')
  await expect(cellValue(page, 't3.granted.natural')).toHaveText('')
  // The fixture's 2019-format table 三 had one （六）其他处理 row; 2021's has three, blank.
  await expect(cellValue(page, 't3.other.overdueFee.natural')).toHaveText('')

  // Last year's report is known: a 上年结转 that does not match last year's 结转下年度 is X1, and
  // the one-click fix takes last year's figure.
  const lastForward = String(last.cells['t3.carriedForward.natural'] ?? 0)
  await typeInto(page, 't3.carriedOver.natural', String(Number(lastForward) + 4))
  const x1 = ruleItem(page, 'X1')
  await expect(x1).toHaveCount(1)
  await expect(x1).toContainText(lastForward)
  await x1.getByTestId('apply-fix').click()
  await expect(cellValue(page, 't3.carriedOver.natural')).toHaveText(lastForward)
  await expect(ruleItem(page, 'X1')).toHaveCount(0)
})

test('export a .docx through the dialog: the chosen file is a Word zip with word/document.xml holding the figures', async ({ page, app }) => {
  await createReportViaHome(page, uniqueAgency('导出'), 2025)
  await showT3(page)
  const rows = t3Rows('2021')
  const table = consistentT3()
  await pasteText(cell(page, 't3.new.natural'), toTsv(table, rows))
  await expect(cellValue(page, 't3.carriedForward.total')).toHaveText(String(table.carriedForward[6]))

  const out = join(app.filesDir, `年报-${Date.now()}.docx`)
  await app.nextSave(out)
  await page.getByTestId('export').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('export-confirm').click()
  await expect(dialog.getByTestId('export-result')).toContainText('已导出')

  expect(existsSync(out)).toBe(true)
  const bytes = new Uint8Array(readFileSync(out))
  expect(strFromU8(bytes.subarray(0, 2))).toBe('PK')
  const zip = unzipSync(bytes)
  expect(Object.keys(zip)).toContain('word/document.xml')
  const xml = strFromU8(zip['word/document.xml'])
  // The pasted figures reached the document: the grand total of 三 (distinctive) is in it.
  expect(xml).toContain(`>${table.total[6]}<`)
  expect(xml).toContain('收到和处理政府信息公开申请情况')
})

test('the published 2020 report copied as text imports as-is with the same table 三 as its exchange file', async ({ page, app }) => {
  const last = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { agency: string; cells: Record<string, number | null> }
  const file = join(app.filesDir, `published-${Date.now()}.txt`)
  copyFileSync(FIXTURE_TEXT, file)
  await app.nextOpen(file)
  await page.getByTestId('import-report').click()
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog.getByTestId('import-cells')).toContainText('从文件中读到')
  await dialog.getByTestId('import-as-is').check()
  await dialog.getByTestId('import-confirm').click()
  const replace = page.getByTestId('import-replace')
  await expect(page.getByTestId('editor').or(replace)).toBeVisible()
  if (await replace.isVisible()) await replace.click()
  await expect(page.locator('.editor-header h1')).toContainText('2020年度')
  await showT3(page)
  const rows = t3Rows('2019')
  const expected = Object.fromEntries(rows.map((r) => [r, T3_COLUMNS.map((c) => String(last.cells[`t3.${r}.${c}`] ?? ''))]))
  await expect.poll(() => readT3(page, rows)).toEqual(expected)
})
