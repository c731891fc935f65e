import type { Page } from '@playwright/test'
import { cell, cellEditor, cellValue, createReportViaHome, expect, focusedCell, pasteText, ruleItem, showT3, test, typeInto, typeOverWithIme, uniqueAgency } from './fixtures/editor-app'

// Habits a clerk brings from Excel/WPS: frozen headings, Enter after a run of Tabs, Ctrl+Home/End,
// PageDown, the focus in the table after a switch of section, a pasted block with its row names,
// and text in a number cell refused on leaving the cell as on Enter.

const main = (page: Page) => page.locator('.editor-main')

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox()
  if (!b) throw new Error(`no box for ${selector}`)
  return b
}

test('表三 headings stay in view at the bottom of the table, row names when scrolled sideways', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await page.setViewportSize({ width: 1100, height: 620 })
  await createReportViaHome(page, uniqueAgency('冻结'), 2025)
  await showT3(page)
  const heading = page.getByTestId('grid-t3').locator('thead th', { hasText: '自然人' })
  const area = (await main(page).boundingBox())!
  // Scrolled to the very bottom (and to the far right).
  await main(page).evaluate((el: any) => {
    el.scrollTop = el.scrollHeight
    el.scrollLeft = el.scrollWidth
  })
  const scrolled = await main(page).evaluate((el: any) => ({ top: el.scrollTop as number, left: el.scrollLeft as number }))
  expect(scrolled.top).toBeGreaterThan(200)
  expect(scrolled.left).toBeGreaterThan(50)
  const last = (await cell(page, 't3.carriedForward.total').boundingBox())!
  expect(last.y + last.height).toBeLessThanOrEqual(area.y + area.height + 1)
  // The heading of the first column is still at the top of the scroll area, above the last row.
  const h = (await heading.boundingBox())!
  expect(h.y).toBeGreaterThanOrEqual(area.y - 1)
  expect(h.y).toBeLessThan(area.y + 80)
  expect(h.y + h.height).toBeLessThanOrEqual(last.y)
  // The row name of the last row stays at the left edge, its number cells scrolled under it.
  const name = await box(page, '[data-testid=grid-t3] th.c-label:has-text("四、结转下年度继续办理")')
  expect(name.x).toBeGreaterThanOrEqual(area.x - 1)
  expect(name.x).toBeLessThan(area.x + 20)
  const first = (await cell(page, 't3.carriedForward.natural').boundingBox())!
  expect(first.x).toBeLessThan(name.x + name.width) // scrolled under the frozen names
  // The page itself does not scroll: only the editor's main area does.
  expect(await page.evaluate(() => (globalThis as any).document.documentElement.scrollTop)).toBe(0)
})

test('Enter after a run of Tabs goes to the next row where the run began; Ctrl+End, Ctrl+Home, PageDown', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('回车'), 2025)
  await showT3(page)
  await cell(page, 't3.granted.commercial').click()
  for (const v of ['1', '2', '3']) {
    await page.keyboard.type(v)
    await page.keyboard.press('Tab')
  }
  await page.keyboard.type('4')
  await page.keyboard.press('Enter')
  await expect.poll(() => focusedCell(page)).toBe('t3.partial.commercial')
  await expect(cellValue(page, 't3.granted.commercial')).toHaveText('1')
  await expect(cellValue(page, 't3.granted.legal')).toHaveText('4')
  // Without a run of Tabs, Enter goes straight down.
  await page.keyboard.type('5')
  await page.keyboard.press('Enter')
  await expect.poll(() => focusedCell(page)).toBe('t3.denied.stateSecret.commercial')

  await page.keyboard.press('Control+End')
  await expect.poll(() => focusedCell(page)).toBe('t3.carriedForward.total')
  await expect(cell(page, 't3.carriedForward.total')).toBeInViewport()
  await page.keyboard.press('Control+Home')
  await expect.poll(() => focusedCell(page)).toBe('t3.new.natural')
  await expect(cell(page, 't3.new.natural')).toBeInViewport()

  // PageDown moves by the rows in view, keeping the column; the cell reached is in view.
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('PageDown')
  const reached = (await focusedCell(page))!
  expect(reached).toMatch(/^t3\.[\w.]+\.commercial$/)
  expect(['t3.new.commercial', 't3.carriedOver.commercial']).not.toContain(reached)
  await expect(cell(page, reached)).toBeInViewport()
  await page.keyboard.press('PageUp')
  await expect.poll(() => focusedCell(page)).toBe('t3.new.commercial')
})

test('the focus enters the table after a switch of section, at the cell last used there', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('切换'), 2025)
  await showT3(page)
  await typeInto(page, 't3.granted.research', '2')
  await page.getByTestId('nav-t4').click()
  await expect(page.getByTestId('grid-t4')).toBeVisible()
  await expect.poll(() => focusedCell(page)).toBe('t4.review.upheld')
  await page.keyboard.type('1')
  await page.keyboard.press('Tab')
  await expect(cellValue(page, 't4.review.upheld')).toHaveText('1')
  // Ctrl+PageUp back to 三: at the cell the cursor was on there.
  await page.keyboard.press('Control+PageUp')
  await expect(page.getByTestId('grid-t3')).toBeVisible()
  await expect.poll(() => focusedCell(page)).toBe('t3.partial.research')
  // Ctrl+PageDown to 四 again: its cell last used.
  await page.keyboard.press('Control+PageDown')
  await expect(page.getByTestId('grid-t4')).toBeVisible()
  await expect.poll(() => focusedCell(page)).toBe('t4.review.corrected')
})

test('a pasted block with its row-name column lands in the named rows, and the notice says the names were left out', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('行名'), 2025)
  await showT3(page)
  // As copied from last year's Excel table: names (with full-width brackets and spaces), then the 7 numbers.
  const block = ['（一）予以公开\t30\t1\t0\t0\t0\t1\t32', ' (二) 部分公开（区分处理的，只计这一情形，不计其他情形）\t5\t0\t0\t0\t0\t0\t5'].join('\r\n') + '\r\n'
  await pasteText(cell(page, 't3.granted.natural'), block)
  await expect(cellValue(page, 't3.granted.natural')).toHaveText('30')
  await expect(cellValue(page, 't3.granted.total')).toHaveText('32')
  await expect(cellValue(page, 't3.partial.natural')).toHaveText('5')
  await expect(cellValue(page, 't3.partial.total')).toHaveText('5')
  const notice = page.getByTestId('notice')
  await expect(notice).toContainText('已粘贴 14 个单元格')
  await expect(notice).toContainText('行名称')
  await expect(notice).not.toContainText('超出表格范围')
  await expect(ruleItem(page, 'C6')).toHaveCount(0)

  // Group, sub-group and row names in three columns, pasted with the cursor elsewhere: the names decide the rows.
  const denied = ['三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1', '\t\t2．其他法律行政法规禁止公开\t2\t0\t0\t0\t0\t0\t2'].join('\r\n')
  await pasteText(cell(page, 't3.new.natural'), denied)
  await expect(cellValue(page, 't3.denied.stateSecret.natural')).toHaveText('1')
  await expect(cellValue(page, 't3.denied.lawForbidden.total')).toHaveText('2')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('')
  await expect(notice).toContainText('前 3 列是行名称')

  // Names that do not fit the table: nothing pasted, and the notice says which.
  await pasteText(cell(page, 't3.new.natural'), '（一）予以公开\t9\r\n不是表中的行\t9\r\n')
  await expect(notice).toContainText('未粘贴')
  await expect(notice).toContainText('不是表中的行')
  await expect(cellValue(page, 't3.granted.natural')).toHaveText('30')
})

test('text in a number cell is refused on leaving the cell as on Enter: kept in view with its error, never stored', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  const agency = uniqueAgency('离开')
  await createReportViaHome(page, agency, 2025)
  await showT3(page)
  await typeInto(page, 't3.new.natural', '5')
  await cell(page, 't3.new.natural').click()
  await typeOverWithIme(page, '五个')
  await cell(page, 't3.new.commercial').click() // the click elsewhere
  await expect.poll(() => focusedCell(page)).toBe('t3.new.commercial')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('五个')
  const error = page.getByRole('alert').filter({ hasText: '不是数字' })
  await expect(error).toBeVisible()
  await expect(page.getByTestId('notice')).toContainText('未保存')
  await expect(ruleItem(page, 'C6')).toHaveCount(0) // not in the report

  // Typing on in another cell keeps the refused text where it is.
  await page.keyboard.type('2')
  await page.keyboard.press('Enter')
  await expect(cellValue(page, 't3.new.commercial')).toHaveText('2')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('五个')

  // Stored is the old value (5), beside the 2 typed since.
  await page.keyboard.press('Control+s')
  const stored = () =>
    page.evaluate(async (name: string) => {
      const g = globalThis as any
      const list = await g.nianbao.reports.list()
      const r = await g.nianbao.reports.get(list.find((x: any) => x.agency === name).id)
      return [r.cells['t3.new.natural'], r.cells['t3.new.commercial']]
    }, agency)
  await expect.poll(stored).toEqual([5, 2])

  // Back on the cell, the text is there to correct; Escape gives it up and shows the stored value.
  await cell(page, 't3.new.natural').click()
  await expect(cellEditor(page, 't3.new.natural')).toHaveValue('五个')
  await expect(cellEditor(page, 't3.new.natural')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('5')
  await expect(error).toHaveCount(0)
})
