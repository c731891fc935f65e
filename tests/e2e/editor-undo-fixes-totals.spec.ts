import type { Page } from '@playwright/test'
import { cell, cellValue, consistentT3, createReportViaHome, expect, pasteText, showT3, t3Rows, test, toTsv, typeInto, uniqueAgency } from './fixtures/editor-app'

// Issue 13, points 1–3: undo shows what it undid and where; the fix offered first for sums that
// disagree is the one that makes them all agree; 总计 cells fill themselves, a typed one is kept,
// and the setting turns it off.

const errorsShown = (page: Page) => page.getByTestId('warning-counts')

async function setAutoTotals(page: Page, on: boolean): Promise<void> {
  await page.getByTestId('open-settings').click()
  const box = page.getByTestId('setting-auto-totals')
  await expect(box).toBeVisible()
  await box.setChecked(on)
  await page.getByTestId('settings-save').click()
  await expect(page.getByRole('status').filter({ hasText: '设置已保存' })).toBeVisible()
  await page.getByTestId('settings-back').click()
  await expect(page.getByTestId('editor')).toBeVisible()
}

test('undo from another section brings the edit into view and says what it undid', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('撤销可见'), 2025)
  await showT3(page)
  await typeInto(page, 't3.granted.natural', '3')
  await typeInto(page, 't3.granted.natural', '5')

  // Two edits at two places of 一、总体情况, quickly one after the other.
  await page.getByTestId('nav-overview').click()
  const area = page.locator('[data-text=overview]')
  await area.fill('甲乙丙')
  await area.press('Control+Home')
  await page.keyboard.type('零')
  await area.press('Control+End')
  await page.keyboard.type('丁')
  await expect(area).toHaveValue('零甲乙丙丁')

  // From 基本信息与落款: the first undo goes to the text and selects where it changed.
  await page.getByTestId('nav-info').click()
  await page.getByTestId('undo').click()
  await expect(page.getByTestId('section-overview')).toBeVisible()
  await expect(area).toHaveValue('零甲乙丙')
  await expect(area).toBeFocused()
  await expect(page.getByTestId('step-note')).toHaveText('撤销：一、总体情况 删除“丁”')
  // The next undo is the other place, though typed within a second: 零 at the start.
  await page.keyboard.press('Control+z')
  await expect(area).toHaveValue('甲乙丙')
  await expect(page.getByTestId('step-note')).toHaveText('撤销：一、总体情况 删除“零”')
  // Redo selects the words it puts back.
  await page.keyboard.press('Control+y')
  await expect(area).toHaveValue('零甲乙丙')
  expect(await area.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, 1])
  await page.keyboard.press('Control+z')

  // Back on 基本信息与落款, undo reaches the cell of 三: the table is shown, the cell focused, the values said.
  await page.getByTestId('undo').click() // the text filled
  await page.getByTestId('nav-info').click()
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('grid-t3')).toBeVisible()
  await expect(cell(page, 't3.granted.natural')).toBeFocused()
  await expect(cellValue(page, 't3.granted.natural')).toHaveText('3')
  await expect(page.getByTestId('step-note')).toHaveText('撤销：表三 （一）予以公开·自然人 5→3')
  await expect(cell(page, 't3.granted.natural')).toBeInViewport()

  await page.getByTestId('redo').click()
  await expect(cellValue(page, 't3.granted.natural')).toHaveText('5')
  await expect(page.getByTestId('step-note')).toHaveText('重做：表三 （一）予以公开·自然人 3→5')
})

test('a row total mistyped between its row sum and its column sum: the first fix offered makes 0 errors', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('一键更正'), 2025)
  await showT3(page)
  const table = consistentT3()
  await pasteText(cell(page, 't3.new.natural'), toTsv(table, t3Rows('2021')))
  await expect(errorsShown(page)).toHaveAttribute('data-errors', '0')

  const right = table.granted[6]
  await typeInto(page, 't3.granted.total', String(right + 1))
  // The row sum (C3) and the column sum of 总计 (C2) both disagree now.
  await expect(errorsShown(page)).toHaveAttribute('data-errors', '2')
  const first = page.getByTestId('warnings-panel').locator('.all-warnings').getByTestId('apply-fix').first()
  await expect(first).toHaveText(`将“（一）予以公开·总计”改为${right}`)
  // The column's own fix would copy the mistake into （七）总计·总计: it is not offered anywhere.
  await expect(page.getByTestId('apply-fix').filter({ hasText: '（七）总计·总计' })).toHaveCount(0)
  await first.click()
  await expect(cellValue(page, 't3.granted.total')).toHaveText(String(right))
  await expect(errorsShown(page)).toHaveAttribute('data-errors', '0')
  // One fix, one undo step.
  await page.getByTestId('undo').click()
  await expect(cellValue(page, 't3.granted.total')).toHaveText(String(right + 1))
  await expect(page.getByTestId('step-note')).toHaveText(`撤销：表三 （一）予以公开·总计 ${right}→${right + 1}`)
})

test('totals fill themselves as parts are typed; a typed total is kept and judged; the setting turns it off', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('自动合计'), 2025)
  await showT3(page)
  await typeInto(page, 't3.granted.natural', '5')
  await typeInto(page, 't3.granted.commercial', '2')
  const rowTotal = cell(page, 't3.granted.total')
  const rowTotalShown = cellValue(page, 't3.granted.total')
  await expect(rowTotalShown).toHaveText('7')
  await expect(rowTotal).toHaveAttribute('data-computed', 'true')
  await expect(rowTotal).toHaveAttribute('title', /自动合计/)
  await expect(cellValue(page, 't3.total.natural')).toHaveText('5')
  await expect(cellValue(page, 't3.total.total')).toHaveText('7')

  // Typed over: kept as typed, whatever the parts do; the rules judge it.
  await typeInto(page, 't3.granted.total', '6')
  await expect(rowTotalShown).toHaveText('6')
  await expect(rowTotal).not.toHaveAttribute('data-computed', 'true')
  await expect(errorsShown(page)).not.toHaveAttribute('data-errors', '0')
  await typeInto(page, 't3.granted.natural', '1')
  await expect(rowTotalShown).toHaveText('6')
  await expect(errorsShown(page)).toHaveAttribute('data-errors', '0')
  // Cleared: computed again.
  await cell(page, 't3.granted.total').click()
  await page.keyboard.press('Delete')
  await expect(rowTotalShown).toHaveText('3')
  await expect(rowTotal).toHaveAttribute('data-computed', 'true')

  // Turned off: totals stay as they are, a blank one only shows its sum greyed.
  await setAutoTotals(page, false)
  try {
    await showT3(page)
    await typeInto(page, 't3.partial.natural', '4')
    await expect(cellValue(page, 't3.partial.total')).toHaveText('')
    // The greyed sum is drawn beside the blank, not typed into it.
    await expect(cellValue(page, 't3.partial.total')).toHaveAttribute('data-hint', '4')
    expect(await cellValue(page, 't3.partial.total').evaluate((el: any) => (globalThis as any).getComputedStyle(el, '::before').content)).toBe('"4"')
    await expect(cell(page, 't3.partial.total')).not.toHaveAttribute('data-computed', 'true')
  } finally {
    // The served app is shared by the specs of this worker: leave the setting as found.
    await setAutoTotals(page, true)
  }
  // On again: the blank total fills itself at the next edit.
  await showT3(page)
  await typeInto(page, 't3.partial.commercial', '1')
  await expect(cellValue(page, 't3.partial.total')).toHaveText('5')
})
