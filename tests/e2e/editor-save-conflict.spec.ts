import { cellValue, createReportViaHome, expect, openFromHome, showT3, test, typeInto, uniqueAgency } from './fixtures/editor-app'

// One report open in two tabs of the served app: a save from the tab that is behind is refused,
// and the user chooses in plain Chinese — take the stored version, or keep theirs knowingly.

test('a tab whose report was saved in another tab asks before saving over it', async ({ page, app, context }) => {
  const agency = uniqueAgency('两个标签页')
  await createReportViaHome(page, agency, 2025)
  await showT3(page)

  const other = await context.newPage()
  await other.setViewportSize({ width: 1366, height: 768 })
  await other.goto(app.url)
  await openFromHome(other, agency)
  await showT3(other)

  // Tab 1 saves first.
  await typeInto(page, 't3.new.natural', '5')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('save-indicator')).toContainText('已保存', { timeout: 10_000 })

  // Tab 2 started from the version before it: its save is refused and it asks.
  await typeInto(other, 't3.new.natural', '7')
  await other.keyboard.press('Control+s')
  const dialog = other.getByTestId('save-conflict')
  await expect(dialog).toBeVisible({ timeout: 10_000 })
  await expect(dialog).toContainText('另一个窗口或标签页')
  await expect(other.getByTestId('save-indicator')).toContainText('别处有更新的版本')
  // Escape does not make the choice for the user.
  await other.keyboard.press('Escape')
  await expect(dialog).toBeVisible()

  // 载入已保存的版本: tab 1's number appears, and saving goes on from there.
  await other.getByTestId('conflict-reload').click()
  await expect(dialog).toBeHidden()
  await expect(cellValue(other, 't3.new.natural')).toHaveText('5')
  await typeInto(other, 't3.new.commercial', '2')
  await other.keyboard.press('Control+s')
  await expect(other.getByTestId('save-indicator')).toContainText('已保存', { timeout: 10_000 })

  // Now tab 1 is behind: 保留我的版本 overwrites knowingly.
  await typeInto(page, 't3.new.natural', '9')
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('save-conflict')).toBeVisible({ timeout: 10_000 })
  await page.getByTestId('conflict-keep-mine').click()
  await expect(page.getByTestId('save-conflict')).toBeHidden()
  await expect(page.getByTestId('save-indicator')).toContainText('已保存', { timeout: 10_000 })

  // Reopened, the report holds tab 1's version; tab 2's is kept among the earlier versions.
  await other.reload()
  await openFromHome(other, agency)
  await showT3(other)
  await expect(cellValue(other, 't3.new.natural')).toHaveText('9')
  await expect(cellValue(other, 't3.new.commercial')).toHaveText('')
  await other.getByTestId('nav-info').click()
  await expect(other.getByTestId('snapshots')).toContainText('被另一窗口覆盖之前')
})
