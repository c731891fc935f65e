import { cell, cellBox, createReportViaHome, expect, ruleItem, showT3, test, typeInto, uniqueAgency } from './fixtures/editor-app'

// While typing, with blanks left: a sum that can no longer add up is shown at once; one that still
// can stays quiet.

test('三: 本年新收·自然人 above 本年新收·总计 is shown at once, the other columns still blank', async ({ page, app }) => {
  expect(app.port).toBeGreaterThan(0)
  await createReportViaHome(page, uniqueAgency('已超过'), 2025)
  await showT3(page)

  // 3 natural persons under a total of 5: the blanks may still make it add up.
  await typeInto(page, 't3.new.natural', '3')
  await typeInto(page, 't3.new.total', '5')
  await expect(ruleItem(page, 'C3')).toHaveCount(0)

  // 自然人 6 > 总计 5: certain whatever the blanks become.
  await typeInto(page, 't3.new.natural', '6')
  await expect(ruleItem(page, 'C3')).toHaveCount(1)
  await expect(ruleItem(page, 'C3')).toContainText('已填的各类申请人之和已为6，超过“总计”列的5')
  await expect(cellBox(page, 't3.new.total')).toHaveAttribute('data-mark', 'error')

  // Results of the 自然人 column above what it received (new 6 + carried over 0).
  await typeInto(page, 't3.carriedOver.natural', '0')
  await typeInto(page, 't3.granted.natural', '4')
  await expect(ruleItem(page, 'C1')).toHaveCount(0)
  await typeInto(page, 't3.partial.natural', '3')
  await expect(ruleItem(page, 'C1')).toHaveCount(1)
  await expect(ruleItem(page, 'C1')).toContainText('已填的办理结果与结转下年度之和已为7，超过第一项加第二项的6')

  // Put right: both go away.
  await typeInto(page, 't3.new.total', '6')
  await typeInto(page, 't3.partial.natural', '2')
  await expect(ruleItem(page, 'C3')).toHaveCount(0)
  await expect(ruleItem(page, 'C1')).toHaveCount(0)
})

test('四: outcomes of 行政复议 above its 总计 are shown at once', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('复议已超过'), 2025)
  await page.getByTestId('nav-t4').click()
  await expect(page.getByTestId('grid-t4')).toBeVisible()

  await typeInto(page, 't4.review.total', '2')
  await typeInto(page, 't4.review.upheld', '2')
  await expect(ruleItem(page, 'C5')).toHaveCount(0)
  await typeInto(page, 't4.review.corrected', '1')
  await expect(ruleItem(page, 'C5')).toHaveCount(1)
  await expect(ruleItem(page, 'C5')).toContainText('已为3，超过“总计”的2')
  await expect(cell(page, 't4.review.total')).toHaveAttribute('aria-invalid', 'true')

  await typeInto(page, 't4.review.total', '3')
  await expect(ruleItem(page, 'C5')).toHaveCount(0)
})
