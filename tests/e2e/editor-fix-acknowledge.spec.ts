import { cell, cellValue, consistentT3, createReportViaHome, expect, pasteText, ruleItem, showT3, t3Rows, test, toTsv, typeInto, uniqueAgency } from './fixtures/editor-app'

// One-click fixes where the answer is certain, and acknowledging a warning with a written
// explanation (审核错误说明), which hard errors do not allow.

const ROWS = t3Rows('2021')
const TABLE = consistentT3()

test('a wrong （七）总计 offers "fill from the sum": one click puts the sum in and the errors go; Ctrl+Z brings it back', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('一键修正'), 2025)
  await showT3(page)
  await pasteText(cell(page, 't3.new.natural'), toTsv(TABLE, ROWS))
  await expect(cellValue(page, 't3.carriedForward.total')).toHaveText(String(TABLE.carriedForward[6]))
  const right = TABLE.total[0]
  await typeInto(page, 't3.total.natural', String(right + 3))

  const c2 = ruleItem(page, 'C2')
  await expect(c2).toHaveCount(1)
  await expect(c2).toContainText(`办理结果各项之和为${right}`)
  const fix = c2.getByTestId('apply-fix')
  await expect(fix).toContainText(String(right))
  // An error can only be corrected, not explained away.
  await expect(c2.getByTestId('acknowledge')).toHaveCount(0)

  await fix.click()
  await expect(cellValue(page, 't3.total.natural')).toHaveText(String(right))
  for (const rule of ['C1', 'C2', 'C3']) await expect(ruleItem(page, rule)).toHaveCount(0)

  await page.keyboard.press('Control+z')
  await expect(cellValue(page, 't3.total.natural')).toHaveText(String(right + 3))
  await expect(ruleItem(page, 'C2')).toHaveCount(1)
})

test('a wrong 总计 column offers the row sum (C3)', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('行合计'), 2025)
  await showT3(page)
  await pasteText(cell(page, 't3.granted.natural'), '4\t1\t0\t0\t0\t0\t9\r\n')
  const c3 = ruleItem(page, 'C3')
  await expect(c3).toHaveCount(1)
  await c3.getByTestId('apply-fix').click()
  await expect(cellValue(page, 't3.granted.total')).toHaveText('5')
  await expect(ruleItem(page, 'C3')).toHaveCount(0)
})

test('a warning acknowledged with a written explanation stays explained, is no longer counted, and survives a reload', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  const agency = uniqueAgency('说明')
  await createReportViaHome(page, agency, 2025)
  const s1 = ruleItem(page, 'S1')
  await expect(s1).toHaveCount(1)
  const counts = page.getByTestId('warning-counts')
  const before = Number((await counts.innerText()).match(/警告\s*(\d+)/)![1])

  await s1.getByTestId('acknowledge').click()
  const box = s1.getByTestId('acknowledge-text')
  await expect(box).toBeFocused()
  // No explanation, no acknowledgement.
  await expect(s1.getByTestId('acknowledge-confirm')).toBeDisabled()
  await page.keyboard.type('本单位本年度未发现需要报告的问题，已经分管领导确认。')
  await s1.getByTestId('acknowledge-confirm').click()

  await expect(s1).toContainText('已说明：本单位本年度未发现需要报告的问题')
  await expect(counts).toContainText(`警告 ${before - 1}`)

  await page.keyboard.press('Control+s') // save now, as users do

  await expect(page.getByTestId('save-indicator')).toContainText('已保存', { timeout: 10_000 })
  await page.reload()
  await page.getByTestId('report-row').filter({ hasText: agency }).getByTestId('open-report').click()
  await expect(ruleItem(page, 'S1')).toContainText('已说明：本单位本年度未发现需要报告的问题')
  await expect(page.getByTestId('warning-counts')).toContainText(`警告 ${before - 1}`)
})

test('an acknowledgement holds only while the cells it explains stay as they were', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('说明失效'), 2025)
  await page.getByTestId('nav-t4').click()
  // Table 四 all blank: one E4 warning for it; explained (e.g. the office had no cases and will write 0s).
  const e4 = page.getByTestId('warnings-panel').locator('[data-rule="E4"]').filter({ hasText: '表四' })
  await expect(e4).toHaveCount(1)
  await e4.getByTestId('acknowledge').click()
  await e4.getByTestId('acknowledge-text').fill('本年度无行政复议和行政诉讼案件，导出时空格写作0。')
  await e4.getByTestId('acknowledge-confirm').click()
  await expect(e4).toContainText('已说明')

  // A figure typed into 四 changes what the warning is about: the explanation no longer covers it.
  await typeInto(page, 't4.review.upheld', '1')
  const after = page.getByTestId('warnings-panel').locator('[data-rule="E4"]').filter({ hasText: '表四' })
  await expect(after.first()).toBeVisible()
  await expect(after.filter({ hasText: '已说明' })).toHaveCount(0)
  await expect(after.first().getByTestId('acknowledge')).toBeVisible()
  // Undoing the figure brings back the situation that was explained, and the explanation with it.
  await page.keyboard.press('Control+z')
  await expect(cellValue(page, 't4.review.upheld')).toHaveText('')
  await expect(e4).toHaveCount(1)
  await expect(e4).toContainText('已说明')
})
