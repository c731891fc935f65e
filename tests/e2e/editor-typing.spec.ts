import { cell, cellBox, cellValue, createReportViaHome, expect, ruleItem, showT3, test, typeInto, uniqueAgency } from './fixtures/editor-app'

// Typing into table 三 of a new 2025 report: the hard rules' warnings appear on the right cells and
// in the panel while the user types, and go away when the numbers are put right.

test('C3 appears on the 总计 cell and in the panel while typing a row, and clears when fixed', async ({ page, app }) => {
  expect(app.port).toBeGreaterThan(0)
  await createReportViaHome(page, uniqueAgency('总计列'), 2025)
  await showT3(page)
  await expect(ruleItem(page, 'C3')).toHaveCount(0)

  // Row 一: 5 natural persons, 2 companies, the rest 0, and a wrong 总计 of 8.
  await typeInto(page, 't3.new.natural', '5')
  for (const [key, v] of [['commercial', '2'], ['research', '0'], ['nonprofit', '0'], ['legal', '0'], ['otherOrg', '0']]) {
    await typeInto(page, `t3.new.${key}`, v)
  }
  // Every part is filled: 总计 has filled itself with their sum (自动合计), so no arithmetic alarm.
  await expect(cellValue(page, 't3.new.total')).toHaveText('7')
  await expect(cell(page, 't3.new.total')).toHaveAttribute('data-computed', 'true')
  await expect(ruleItem(page, 'C3')).toHaveCount(0)
  // A screen reader hears each cell's labels and what it shows.
  await expect(cell(page, 't3.new.natural')).toHaveAccessibleName(/自然人：5$/)
  await expect(cell(page, 't3.new.total')).toHaveAccessibleName(/总计：7（自动合计）$/)
  await expect(cell(page, 't3.carriedForward.natural')).toHaveAccessibleName(/自然人：未填$/)

  await typeInto(page, 't3.new.total', '8')
  await expect(ruleItem(page, 'C3')).toHaveCount(1)
  await expect(ruleItem(page, 'C3')).toContainText('各类申请人之和为7')
  await expect(ruleItem(page, 'C3')).toContainText('8')
  await expect(cellBox(page, 't3.new.total')).toHaveAttribute('data-mark', 'error')
  await expect(cell(page, 't3.new.total')).toHaveAttribute('aria-invalid', 'true')
  // Sections with open errors come first in the panel, so the new error is in view.
  await expect(page.getByTestId('warnings-panel').locator('.warning-group').first()).toHaveAttribute('data-section', 't3')
  // The panel names the cell in words and the section nav counts the error.
  await expect(ruleItem(page, 'C3')).toContainText('总计')
  await expect(page.getByTestId('nav-t3')).toContainText('✖')

  await typeInto(page, 't3.new.total', '7')
  await expect(ruleItem(page, 'C3')).toHaveCount(0)
  await expect(cellBox(page, 't3.new.total')).not.toHaveAttribute('data-mark', 'error')
  await expect(cellValue(page, 't3.new.total')).toHaveText('7')
})

test('C1 (勾稽关系) marks the four cells of a column that does not balance, and clears when it does', async ({ page, app }) => {
  expect(app.dataDir).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('勾稽'), 2025)
  await showT3(page)
  // 自然人: 5 new + 1 carried over = 4 answered + 1 carried forward? 6 ≠ 5.
  await typeInto(page, 't3.new.natural', '5')
  await typeInto(page, 't3.carriedOver.natural', '1')
  await typeInto(page, 't3.total.natural', '4')
  await typeInto(page, 't3.carriedForward.natural', '1')

  await expect(ruleItem(page, 'C1')).toHaveCount(1)
  await expect(ruleItem(page, 'C1')).toContainText('自然人')
  await expect(ruleItem(page, 'C1')).toContainText('相差1')
  for (const row of ['new', 'carriedOver', 'total', 'carriedForward']) {
    await expect(cellBox(page, `t3.${row}.natural`)).toHaveAttribute('data-mark', 'error')
  }
  // The focused cell's own warnings are shown beside the table.
  await cell(page, 't3.carriedForward.natural').click()
  await expect(page.getByTestId('focused-warnings').locator('[data-focused-rule="C1"]')).toHaveCount(1)

  // Clicking the panel item jumps to the concerned cell.
  await cell(page, 't3.granted.research').click()
  await ruleItem(page, 'C1').locator('.warning-main').click()
  await expect(cell(page, 't3.new.natural')).toBeFocused()

  await typeInto(page, 't3.carriedForward.natural', '2')
  await expect(ruleItem(page, 'C1')).toHaveCount(0)
  await expect(cellBox(page, 't3.new.natural')).not.toHaveAttribute('data-mark', 'error')
})
