import { cellValue, createReportViaHome, expect, showT3, test, typeInto, uniqueAgency } from './fixtures/editor-app'

// The reports home: every stored report with its counts, a new report's problems named, duplicate,
// and delete with undo (nothing lost by a slip of the mouse).

test('the new-report form names what is missing instead of creating a bad report', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await page.getByTestId('new-agency').fill('')
  await page.getByTestId('create-report').click()
  await expect(page.getByTestId('new-report-form').getByRole('alert')).toHaveText('请填写机关名称')
  await page.getByTestId('new-agency').fill(uniqueAgency('表单'))
  await page.getByTestId('new-year').fill('25')
  await page.getByTestId('create-report').click()
  await expect(page.getByTestId('new-report-form').getByRole('alert')).toContainText('四位年份')
  await expect(page.getByTestId('editor')).toHaveCount(0)
})

test('a report can be duplicated, deleted and the deletion undone, values intact', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  const agency = uniqueAgency('删除')
  await createReportViaHome(page, agency, 2024)
  await showT3(page)
  await typeInto(page, 't3.new.natural', '17')
  await page.getByTestId('go-home').click()

  const rows = page.getByTestId('report-row').filter({ hasText: agency })
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText('2024')
  await rows.getByTestId('duplicate-report').click()
  await expect(rows).toHaveCount(2)

  await rows.first().getByTestId('delete-report').click()
  await expect(page.getByTestId('deleted-notice')).toContainText(agency)
  await expect(rows).toHaveCount(1)
  await page.getByTestId('undo-delete').click()
  await expect(rows).toHaveCount(2)
  await expect(page.getByTestId('deleted-notice')).toHaveCount(0)

  // Both copies still hold the typed value.
  for (const i of [0, 1]) {
    await rows.nth(i).getByTestId('open-report').click()
    await showT3(page)
    await expect(cellValue(page, 't3.new.natural')).toHaveText('17')
    await page.getByTestId('go-home').click()
  }
})
