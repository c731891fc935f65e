import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cellBox, cellValue, expect, showT3, test, typeInto } from './fixtures/editor-app'

// A calm start: right after last year's report is imported as the template of this year's, the
// tables show how much is filled, not a ▲ on every empty cell; the warnings read in plain words,
// and rule codes appear only when a warning's details are opened.

const FIXTURE = join(process.cwd(), '../shared/fixtures/jiaxing-zjj-2020.json')

test('after importing last year as the template: progress per table, no wall of blank-cell warnings, codes only in details', async ({ page, app }) => {
  const last = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { agency: string }
  const file = join(app.filesDir, `上年报告-平静-${Date.now()}.json`)
  copyFileSync(FIXTURE, file)
  await app.nextOpen(file)
  await page.getByTestId('import-report').click()
  const dialog = page.getByTestId('import-dialog')
  await dialog.getByTestId('import-next-year').check()
  await dialog.getByTestId('import-confirm').click()
  const replace = page.getByTestId('import-replace')
  await expect(page.getByTestId('editor').or(replace)).toBeVisible()
  if (await replace.isVisible()) await replace.click()
  await expect(page.getByTestId('editor-agency')).toHaveText(last.agency)
  await showT3(page)

  // 上年结转 was carried over (7 cells); the rest of 三 is not started: counted, not marked.
  const navProgress = page.getByTestId('nav-t3').getByTestId('table-progress')
  await expect(navProgress).toHaveText('已填 7/175')
  await expect(page.locator('.table-section h2').getByTestId('table-progress')).toHaveText('已填 7/175')
  await expect(page.getByTestId('grid-t3').locator('td[data-mark]')).toHaveCount(0)
  const panel = page.getByTestId('warnings-panel')
  await expect(panel.locator('.warning-group[data-section="t3"] [data-rule="E4"]')).toHaveCount(0)
  // At most a handful of warnings, not one per empty row or cell.
  const warnings = Number(await page.getByTestId('warning-counts').getAttribute('data-warnings'))
  expect(warnings).toBeLessThanOrEqual(8)

  // Each warning has a plain title; its code shows only in the details.
  const first = panel.locator('.all-warnings li.warning').first()
  await expect(first.locator('.rule-title')).not.toHaveText(/^[A-Z]\d$/)
  const visible = await panel.innerText()
  expect(visible).not.toMatch(/(^|[^A-Za-z0-9])[CEHSTXVDF]\d($|[^0-9])/m)
  await first.getByTestId('rule-details').locator('summary').click()
  await expect(first.getByTestId('rule-details')).toContainText(/规则编号\s*[A-Z]\d/)

  // Once a row is started, its blanks are named and marked as before.
  await typeInto(page, 't3.new.natural', '3')
  // One cell typed; with 自动合计 on, 本年新收·总计 fills itself too.
  const totalFilled = (await cellValue(page, 't3.new.total').textContent()) !== ''
  await expect(navProgress).toHaveText(`已填 ${totalFilled ? 9 : 8}/175`)
  const e4 = panel.locator('.warning-group[data-section="t3"] [data-rule="E4"]')
  await expect(e4).toHaveCount(1)
  await expect(e4).toContainText('本年新收')
  await expect(cellBox(page, 't3.new.commercial')).toHaveAttribute('data-mark', 'warning')
  await expect(cellBox(page, 't3.granted.commercial')).not.toHaveAttribute('data-mark', /.+/)
})
