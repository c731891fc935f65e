import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cell, cellValue, createReportViaHome, expect, showT3, test, typeInto, uniqueAgency } from './fixtures/editor-app'
import { startWebApp } from './support/web-server'

// What a clerk looks for (issue 13, point 8): 打印, 填报说明 of the focused cell, last year's figure
// beside it, where the data is kept, and a backup of all reports that restores into a fresh folder.

test('打印 opens the printable document: the report itself, with the typed figures', async ({ page, app }) => {
  const agency = uniqueAgency('打印')
  await createReportViaHome(page, agency, 2025)
  await showT3(page)
  await typeInto(page, 't3.new.natural', '58')
  const [printable] = await Promise.all([page.waitForEvent('popup'), page.getByTestId('print').click()])
  await printable.waitForLoadState()
  expect(new URL(printable.url()).pathname).toMatch(/^\/print\/[0-9a-f-]{36}$/)
  const body = printable.locator('body')
  await expect(body).toContainText(agency)
  await expect(body).toContainText('2025年政府信息公开工作年度报告')
  await expect(body).toContainText('三、收到和处理政府信息公开申请情况')
  // The typed figure in its row (总计 may show it too, computed from its parts).
  await expect(printable.locator('tr', { hasText: '一、本年新收政府信息公开申请数量' }).locator('td', { hasText: /^58$/ }).first()).toBeVisible()
  await expect(page.getByTestId('notice')).toContainText('打印页面已在新标签页中打开')
  // The document page runs no script at all (its own CSP), whatever the report holds.
  const res = await page.request.get(printable.url())
  expect(res.headers()['content-security-policy']).toContain("default-src 'none'")
  await printable.close()

  // Ctrl+P prints the report too, not the editor screen.
  const [again] = await Promise.all([page.waitForEvent('popup'), cell(page, 't3.new.natural').press('Control+p')])
  await expect(again.locator('body')).toContainText(agency)
  await again.close()
  void app
})

test('填报说明 of the focused cell: its row and column notes, official words marked as such', async ({ page, app }) => {
  void app // the page is on the served app
  await createReportViaHome(page, uniqueAgency('说明'), 2025)
  await showT3(page)
  await cell(page, 't3.partial.legal').click()
  const guide = page.getByTestId('cell-guide')
  const name = page.getByTestId('focused-warnings').locator('.focused-name')
  await expect(name).toContainText('（二）部分公开')
  await expect(name).toContainText('法律服务机构')
  await expect(guide.locator('[data-source="form"]')).toContainText('区分处理的，只计这一情形，不计其他情形')
  await expect(guide.locator('[data-source="form"]')).toContainText('原文，出自')
  await expect(guide.locator('[data-source="ours"]').first()).toContainText('非官方原文')
  await expect(guide).toContainText('律师事务所')
  // Moving with the keyboard moves the notes along.
  await page.keyboard.press('ArrowDown')
  await expect(name).toContainText('属于国家秘密')
  await expect(guide).toContainText('第十四条')

  await page.getByTestId('nav-t4').click()
  await cell(page, 't4.suitDirect.upheld').click()
  await expect(guide.locator('[data-source="notice"]')).toContainText('只计算原行为主体的案件数量')
  await expect(guide.locator('[data-source="notice"]')).toContainText('国办公开办函〔2016〕201号')
})

test("上年 figure beside the focused cell when last year's report is there, with the change", async ({ page, app }) => {
  void app
  const agency = uniqueAgency('上年')
  // Last year's report of the same agency, stored as an import would leave it.
  await page.evaluate(async (name) => {
    const last = await nianbao.reports.create({ agency: name, year: 2024 })
    await nianbao.reports.save({ ...last, cells: { ...last.cells, 't3.new.natural': 56, 't3.new.total': 61 } })
  }, agency)
  await createReportViaHome(page, agency, 2025)
  await showT3(page)
  await typeInto(page, 't3.new.natural', '60')
  await cell(page, 't3.new.natural').click()
  const previous = page.getByTestId('cell-guide-previous')
  await expect(previous).toHaveText('上年：56（今年 60，增加 4）')
  await cell(page, 't3.new.total').click()
  // This year's 总计 follows its parts when totals are computed (60 from 自然人), or stays blank.
  await expect(previous).toHaveText(/^上年：61(（今年 60，减少 1）)?$/)
  await cell(page, 't3.new.commercial').click()
  await expect(previous).toHaveText('上年：空白')
})

test('no 上年 line without last year’s report', async ({ page, app }) => {
  void app
  await createReportViaHome(page, uniqueAgency('无上年'), 2025)
  await showT3(page)
  await cell(page, 't3.new.natural').click()
  await expect(page.getByTestId('cell-guide')).toBeVisible()
  await expect(page.getByTestId('cell-guide-previous')).toHaveCount(0)
})

test('备份全部报告, then 从备份恢复 into a fresh data folder brings every report back', async ({ page, app }) => {
  const agency = uniqueAgency('备份')
  await createReportViaHome(page, agency, 2025)
  await showT3(page)
  await typeInto(page, 't3.new.natural', '77')
  await page.getByTestId('go-home').click()

  await page.getByTestId('home-settings').click()
  await expect(page.getByTestId('data-dir')).toHaveText(app.dataDir)
  const file = join(app.filesDir, `备份-${Date.now()}.json`)
  await app.nextSave(file)
  await page.getByTestId('backup-save').click()
  await expect(page.getByTestId('backup-status')).toContainText(file)
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { schema: string; reports: { agency: string }[] }
  expect(saved.schema).toBe('nianbao/backup@1')
  expect(saved.reports.map((r) => r.agency)).toContain(agency)

  // A second app on an empty data folder, allowed to open the same files folder.
  const fresh = await startWebApp({ filesDir: app.filesDir })
  try {
    await page.goto(fresh.url)
    await expect(page.getByTestId('report-row')).toHaveCount(0)
    await page.getByTestId('home-settings').click()
    await expect(page.getByTestId('data-dir')).toHaveText(fresh.dataDir)
    await fresh.nextOpen(file)
    await page.getByTestId('backup-restore').click()
    const dialog = page.getByTestId('restore-dialog')
    await expect(dialog.getByTestId('restore-count')).toHaveText(String(saved.reports.length))
    await expect(dialog).toContainText(agency)
    await expect(dialog).toContainText('2025')
    await dialog.getByTestId('restore-confirm').click()
    await expect(page.getByTestId('backup-status')).toContainText(`已恢复 ${saved.reports.length} 份报告`)

    await page.getByTestId('settings-back').click()
    await page.getByTestId('report-row').filter({ hasText: agency }).getByTestId('open-report').click()
    await showT3(page)
    await expect(cellValue(page, 't3.new.natural')).toHaveText('77')

    // Restoring the same file again adds nothing: every report is already there, unchanged.
    await page.getByTestId('go-home').click()
    await page.getByTestId('home-settings').click()
    await fresh.nextOpen(file)
    await page.getByTestId('backup-restore').click()
    await expect(page.getByTestId('restore-dialog')).toContainText(`${saved.reports.length} 份与现有报告完全相同`)
    await expect(page.getByTestId('restore-confirm')).toBeDisabled()
  } finally {
    await fresh.dispose()
  }
})

test('a broken backup is refused with a plain message and nothing changes', async ({ page, app }) => {
  const agency = uniqueAgency('坏备份')
  await createReportViaHome(page, agency, 2025)
  await page.getByTestId('go-home').click()
  // The list has loaded once this report is in it.
  await expect(page.getByTestId('report-row').filter({ hasText: agency })).toHaveCount(1)
  const before = await page.getByTestId('report-row').count()
  await page.getByTestId('home-settings').click()
  const good = join(app.filesDir, `好备份-${Date.now()}.json`)
  await app.nextSave(good)
  await page.getByTestId('backup-save').click()
  await expect(page.getByTestId('backup-status')).toContainText('已备份全部报告')

  const broken = join(app.filesDir, `坏备份-${Date.now()}.json`)
  writeFileSync(broken, readFileSync(good, 'utf8').replace(agency, `${agency}改`))
  await app.nextOpen(broken)
  await page.getByTestId('backup-restore').click()
  await expect(page.getByTestId('backup-error')).toContainText('备份文件已损坏或被修改过')
  await expect(page.getByTestId('restore-dialog')).toHaveCount(0)

  const notJson = join(app.filesDir, `不是备份-${Date.now()}.json`)
  writeFileSync(notJson, '一、总体情况')
  await app.nextOpen(notJson)
  await page.getByTestId('backup-restore').click()
  await expect(page.getByTestId('backup-error')).toContainText('不是年报助手的备份文件')

  await page.getByTestId('settings-back').click()
  await expect(page.getByTestId('report-row')).toHaveCount(before)
})
