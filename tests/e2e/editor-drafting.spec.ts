import { cell, cellValue, consistentT3, createReportViaHome, expect, openFromHome, pasteText, ruleItem, showT3, t3Rows, test, toTsv, typeInto, uniqueAgency } from './fixtures/editor-app'

// 生成表述 through the served app: statements drafted from 三 are inserted into 一、总体情况 with no
// warning; a later change of 三 flags the linked figures (T1) and the one-click update rewrites
// them; the links survive a reload.

const ROWS = t3Rows('2021')
const TABLE = consistentT3()
const received = TABLE.new[6]

test('drafted statements insert clean, a table change flags them (T1) and the update clears it', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  const agency = uniqueAgency('表述')
  await createReportViaHome(page, agency, 2025)
  await showT3(page)
  await pasteText(cell(page, 't3.new.natural'), toTsv(TABLE, ROWS))
  await expect(cellValue(page, 't3.new.total')).toHaveText(String(received))

  await page.getByTestId('nav-overview').click()
  const area = page.locator('[data-text=overview]')
  await area.fill('（二）依申请公开\n')
  await page.getByTestId('draft-open').click()
  const panel = page.getByTestId('draft-panel')
  await expect(panel.getByTestId('draft-group-applications')).toContainText(`共新收政府信息公开申请${received}件`)
  // Only the 依申请公开 statements: untick the summary.
  for (const box of await panel.getByTestId('draft-group-summary').getByTestId('draft-choose').all()) await box.uncheck()
  await panel.getByTestId('draft-insert-end').click()
  await expect(area).toHaveValue(new RegExp(`^（二）依申请公开\\n2025年，本机关共新收政府信息公开申请${received}件`))
  await expect(area).toHaveValue(/从办理结果看，予以公开及部分公开\d+件，占[\d.]+%/)
  await expect(ruleItem(page, 'T1')).toHaveCount(0)

  // The table changes later: 5 more applications from natural persons.
  await showT3(page)
  await typeInto(page, 't3.new.natural', String(TABLE.new[0] + 5))
  await typeInto(page, 't3.new.total', String(received + 5))
  const t1 = ruleItem(page, 'T1')
  await expect(t1).toHaveCount(2) // 新收 and 自然人, each once
  await expect(t1.first()).toContainText('表格已改动')
  await page.getByTestId('nav-overview').click()
  await expect(page.getByTestId('text-overview').locator('mark').first()).toBeVisible()

  // Reload: the links were saved with the report and still flag.
  await page.reload()
  await openFromHome(page, agency)
  await expect(ruleItem(page, 'T1')).toHaveCount(2)

  // One click each rewrites the figures.
  await ruleItem(page, 'T1').filter({ hasText: `改为${received + 5}` }).getByTestId('apply-fix').click()
  await expect(ruleItem(page, 'T1')).toHaveCount(1)
  await ruleItem(page, 'T1').getByTestId('apply-fix').click()
  await expect(ruleItem(page, 'T1')).toHaveCount(0)
  await page.getByTestId('nav-overview').click()
  await expect(page.locator('[data-text=overview]')).toHaveValue(new RegExp(`共新收政府信息公开申请${received + 5}件`))
  await expect(page.locator('[data-text=overview]')).toHaveValue(new RegExp(`自然人申请${TABLE.new[0] + 5}件`))
})

test('"未发生…行政复议和行政诉讼" inserted from 四 is flagged when a 复议 is entered, and redrafted in one click', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('复议'), 2025)
  await page.getByTestId('nav-t4').click()
  for (const group of ['review', 'suitDirect', 'suitAfterReview']) {
    for (const outcome of ['upheld', 'corrected', 'other', 'pending', 'total']) await typeInto(page, `t4.${group}.${outcome}`, '0')
  }
  await page.getByTestId('nav-overview').click()
  await page.getByTestId('draft-open').click()
  const panel = page.getByTestId('draft-panel')
  await expect(panel.getByTestId('draft-group-reviewSuits')).toContainText('未发生因政府信息公开引起的行政复议和行政诉讼')
  await panel.getByTestId('draft-insert-cursor').click()
  const area = page.locator('[data-text=overview]')
  await expect(area).toHaveValue(/未发生因政府信息公开引起的行政复议和行政诉讼。/)
  await expect(ruleItem(page, 'T1')).toHaveCount(0)

  await page.getByTestId('nav-t4').click()
  await typeInto(page, 't4.review.pending', '1')
  await typeInto(page, 't4.review.total', '1')
  const flagged = ruleItem(page, 'T1').filter({ hasText: '当时为0' })
  await expect(flagged).toHaveCount(2) // the summary and the 四 statement
  for (let i = 0; i < 2; i++) await ruleItem(page, 'T1').first().getByTestId('apply-fix').click()
  await expect(ruleItem(page, 'T1')).toHaveCount(0)
  await page.getByTestId('nav-overview').click()
  await expect(area).toHaveValue(/因政府信息公开被申请行政复议1件，均尚未审结，未发生政府信息公开行政诉讼。/)
  await expect(area).toHaveValue(/发生政府信息公开行政复议1件，未发生行政诉讼/)
})

test('按小标题插入 puts each group under its 2021 sub-heading', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('小标题'), 2025)
  await page.getByTestId('nav-t4').click()
  for (const group of ['review', 'suitDirect', 'suitAfterReview']) {
    for (const outcome of ['upheld', 'corrected', 'other', 'pending', 'total']) await typeInto(page, `t4.${group}.${outcome}`, '0')
  }
  await page.getByTestId('nav-overview').click()
  const area = page.locator('[data-text=overview]')
  await area.fill('（二）依申请公开\n严格依法办理。\n（五）监督保障\n加强考核。\n（六）其他')
  await page.getByTestId('draft-open').click()
  await page.getByTestId('draft-insert-subheadings').click()
  await expect(area).toHaveValue(/（五）监督保障\n加强考核。\n本年度，本机关未发生因政府信息公开引起的行政复议和行政诉讼。\n（六）其他/)
  await expect(ruleItem(page, 'T1')).toHaveCount(0)
})
