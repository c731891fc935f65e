import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { cellValue, createReportViaHome, expect, ruleItem, test, typeInto, uniqueAgency } from './fixtures/editor-app'
import type { Page } from '@playwright/test'

// Issue 13, points 4 and 5: what last year's report carries into this year's (前言, contact details,
// 现行有效件数), and the export as the final check (wrong details, warnings, open the file after).

/** A published 2023 report as copied text: a real page's tables (湛江市地方志办公室) under our own title and 前言. */
function lastYearText(agency: string): string {
  const page = readFileSync(join(process.cwd(), 'tests/fixtures/real/zhanjiang-dfz-2023-page.txt'), 'utf8').split('\n')
  const body = page.slice(page.findIndex((l) => l.startsWith('一、')))
  const preface =
    `本报告根据《中华人民共和国政府信息公开条例》要求，由${agency}编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。` +
    `如对本报告有任何疑问，请与${agency}办公室联系（地址：湛江市赤坎区南桥北路8号；邮编：524000；电话：0759-3333333）。`
  return [`${agency}2023年政府信息公开工作年度报告`, preface, ...body].join('\n').replace('行政规范性文件 | 0 | 0 | 0 |', '行政规范性文件 | 4 | 1 | 698 |')
}

async function importAsTemplate(page: Page, app: { filesDir: string; nextOpen(p: string): Promise<void> }, agency: string) {
  const file = join(app.filesDir, `上年报告-${Date.now()}.txt`)
  writeFileSync(file, lastYearText(agency))
  await app.nextOpen(file)
  await page.getByTestId('import-report').click()
  const dialog = page.getByTestId('import-dialog')
  await expect(dialog).toContainText('2023年度')
  await dialog.getByTestId('import-next-year').check()
  // Says that last year's report joins the list, and why.
  await expect(dialog.getByTestId('import-adds-last-year')).toContainText('这份文件本身也会作为 2023 年度报告加入报告列表')
  await dialog.getByTestId('import-confirm').click()
  await expect(page.getByTestId('editor-agency')).toHaveText(agency)
  await expect(page.locator('.editor-header h1')).toContainText('2024年度')
}

test('after importing last year\'s report: its 前言 and contact details carried, 现行有效件数 suggested from last year', async ({ page, app }) => {
  const agency = uniqueAgency('结转')
  await importAsTemplate(page, app, agency)

  // The 前言, the statistics period moved to this year.
  await page.getByTestId('nav-preface').click()
  const preface = page.locator('textarea[data-text="preface"]')
  await expect(preface).toHaveValue(/统计期限自2024年1月1日起至2024年12月31日止/)
  await expect(preface).toHaveValue(/邮编：524000/)
  await page.getByTestId('nav-info').click()
  await expect(page.getByTestId('info-postcode')).toHaveValue('524000')
  await expect(page.getByTestId('info-address')).toHaveValue('湛江市赤坎区南桥北路8号')
  await expect(page.getByTestId('info-phone')).toHaveValue('0759-3333333')

  // 表二: 现行有效件数 blank (never guessed), last year's 698 named; with 制发 and 废止 typed, one click fills 698 + 3 − 1.
  await page.getByTestId('nav-t2').click()
  await expect(cellValue(page, 't2.normativeDocs.inForce')).toHaveText('')
  await expect(ruleItem(page, 'C7').filter({ hasText: '行政规范性文件' })).toContainText('上年“现行有效件数”为698')
  await typeInto(page, 't2.normativeDocs.issued', '3')
  await typeInto(page, 't2.normativeDocs.repealed', '1')
  const c7 = ruleItem(page, 'C7').filter({ hasText: '行政规范性文件' })
  await expect(c7).toContainText('应为700')
  await c7.getByTestId('apply-fix').click()
  await expect(cellValue(page, 't2.normativeDocs.inForce')).toHaveText('700')
  await expect(ruleItem(page, 'C7').filter({ hasText: '行政规范性文件' })).toHaveCount(0)
})

test('the export dialog lists a wrong 邮编 and a warning, and each jumps to its place', async ({ page, app }) => {
  expect(page.url()).toContain(app.url) // the fixture opened the served app
  await createReportViaHome(page, uniqueAgency('终检'), 2025)
  await page.getByTestId('nav-info').click()
  await page.getByTestId('info-postcode').fill('3140')
  await expect(page.getByTestId('report-info')).toContainText('邮政编码应为6位数字')

  await page.getByTestId('export').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog.getByTestId('export-invalid-details')).toContainText('邮政编码“3140”：邮政编码应为6位数字')
  await expect(dialog.getByTestId('export-confirm')).toHaveText('仍然导出')
  // Section 五 is empty: S1, a warning.
  const warnings = dialog.getByTestId('export-warnings')
  await expect(warnings).toContainText('存在的主要问题')

  await dialog.getByTestId('export-detail-postcode').click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('info-postcode')).toBeFocused()

  await page.getByTestId('export').click()
  await page.getByTestId('export-warnings').getByRole('button', { name: /存在的主要问题/ }).click()
  await expect(page.getByTestId('export-dialog')).toHaveCount(0)
  await expect(page.getByTestId('text-problems')).toBeVisible()
})

test('after an export, 打开文件 and 打开所在文件夹 reach the main side with the exported path', async ({ page, app }) => {
  await createReportViaHome(page, uniqueAgency('打开'), 2025)
  const out = join(app.filesDir, `年报-${Date.now()}.docx`)
  await app.nextSave(out)
  await page.getByTestId('export').click()
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByTestId('export-confirm').click()
  await expect(dialog.getByTestId('export-result')).toContainText(out, { timeout: 20_000 })
  const before = (await app.shellRequests()).length
  await dialog.getByTestId('export-open-file').click()
  await dialog.getByTestId('export-open-folder').click()
  await expect.poll(async () => (await app.shellRequests()).slice(before)).toEqual([
    { action: 'openPath', path: out },
    { action: 'showItemInFolder', path: out }
  ])
  await expect(dialog.getByRole('alert')).toHaveCount(0)
})

test('the 前言 as edited is what the exported document prints', async ({ page, app }) => {
  const agency = uniqueAgency('前言')
  await createReportViaHome(page, agency, 2025)
  await page.getByTestId('nav-preface').click()
  const preface = page.locator('textarea[data-text="preface"]')
  // Until edited: the paragraph the export used to generate, shown.
  await expect(preface).toHaveValue(new RegExp(`由${agency}编制。本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。`))
  const own = `本报告由${agency}编制，这是经办人改写的前言。统计期限为2025年全年。`
  await preface.fill(own)
  await expect(page.getByTestId('preface-origin')).toContainText('您编写')

  const out = join(app.filesDir, `前言-${Date.now()}.docx`)
  await app.nextSave(out)
  await page.getByTestId('export').click()
  await page.getByTestId('export-dialog').getByTestId('export-confirm').click()
  await expect(page.getByTestId('export-result')).toContainText('已导出', { timeout: 20_000 })
  expect(existsSync(out)).toBe(true)
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml'])
  expect(xml).toContain(own)
  expect(xml).not.toContain('本报告根据《中华人民共和国政府信息公开条例》')
})
