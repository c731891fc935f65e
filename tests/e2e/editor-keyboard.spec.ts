import type { Page } from '@playwright/test'
import { cell, cellValue, expect, focusedCell, test, typeOverWithIme, uniqueAgency } from './fixtures/editor-app'

// The whole flow by keyboard only, as in Excel/WPS: no mouse from the home screen to the table.

/** Presses Tab until a table cell has the focus (the grid keeps one cell in the tab order). */
async function tabIntoGrid(page: Page): Promise<string> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const key = await page.evaluate(() => (globalThis as any).document.activeElement?.dataset?.cell as string | undefined)
    if (key) return key
  }
  throw new Error('Tab never reached a table cell')
}


test('keyboard only: create, reach the grid, arrows, Tab, Enter, typing replaces, Delete clears, "/" accepted, text rejected inline', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  // Home: the agency field, then the year, then Enter submits the form.
  const agency = uniqueAgency('键盘')
  await page.getByTestId('new-agency').focus()
  await page.keyboard.type(agency)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('2025')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('editor-agency')).toHaveText(agency)

  // The editor opens on 三; Tab reaches its first cell.
  await expect(page.getByTestId('grid-t3')).toBeVisible()
  expect(await tabIntoGrid(page)).toBe('t3.new.natural')

  // Typing replaces; arrows commit and move.
  await page.keyboard.type('5')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => focusedCell(page)).toBe('t3.new.commercial')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('5')
  // Tab commits and moves right; Enter commits and moves down.
  await page.keyboard.type('2')
  await page.keyboard.press('Tab')
  await expect.poll(() => focusedCell(page)).toBe('t3.new.research')
  await page.keyboard.type('0')
  await page.keyboard.press('Enter')
  // Enter after a run of Tabs goes to the next row, in the column where the run began (Excel).
  await expect.poll(() => focusedCell(page)).toBe('t3.carriedOver.commercial')
  await expect(cellValue(page, 't3.new.research')).toHaveText('0')
  // Arrow up and right, Shift+Tab back to 商业企业: typing over 2 replaces it.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Shift+Tab')
  await expect.poll(() => focusedCell(page)).toBe('t3.new.commercial')
  await page.keyboard.type('7')
  await page.keyboard.press('Enter')
  await expect(cellValue(page, 't3.new.commercial')).toHaveText('7')
  await expect.poll(() => focusedCell(page)).toBe('t3.carriedOver.commercial')

  // Delete clears the selected cell.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Delete')
  await expect(cellValue(page, 't3.new.commercial')).toHaveText('')

  // Text is rejected with an inline message naming the problem; the cursor stays; Escape cancels.
  await page.keyboard.press('ArrowLeft')
  await expect.poll(() => focusedCell(page)).toBe('t3.new.natural')
  await typeOverWithIme(page, '五个')
  await page.keyboard.press('Enter')
  const message = page.getByRole('alert').filter({ hasText: '不是数字' })
  await expect(message).toBeVisible()
  await expect(message).toContainText('“五个”')
  await expect.poll(() => focusedCell(page)).toBe('t3.new.natural')
  await expect(cell(page, 't3.new.natural')).toHaveAttribute('aria-invalid', 'true')
  await page.keyboard.press('Escape')
  await expect(message).toHaveCount(0)
  await expect(cellValue(page, 't3.new.natural')).toHaveText('5')

  // "/" (not applicable) is accepted; a full-width digit is read as a digit.
  await page.keyboard.type('/')
  await page.keyboard.press('Enter')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('/')
  await expect.poll(() => focusedCell(page)).toBe('t3.carriedOver.natural')
  await typeOverWithIme(page, '３')
  await page.keyboard.press('Enter')
  await expect(cellValue(page, 't3.carriedOver.natural')).toHaveText('3')

  // F2 edits in place: typing appends to the value instead of replacing it.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('F2')
  await page.keyboard.type('1')
  await page.keyboard.press('Enter')
  await expect(cellValue(page, 't3.carriedOver.natural')).toHaveText('31')

  // Ctrl+PageDown goes to the next section (四) by keyboard.
  await page.keyboard.press('Control+PageDown')
  await expect(page.getByTestId('grid-t4')).toBeVisible()
})
