import { cell, cellEditor, cellValue, createReportViaHome, expect, focusedCell, showT3, test, uniqueAgency } from './fixtures/editor-app'

// The grid as spreadsheets build it: cells are not inputs; the focus sits on the cursor's cell and
// an input exists only while a cell is edited. What must hold for the user: the first key typed on
// a selected cell is not lost, the real clipboard keys reach a selected cell, and 表二's headings
// stay in view.

test('typing on a selected cell: the first key opens its editor and lands in it; Enter stores and leaves no input behind', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('单元格'), 2025)
  await showT3(page)
  const grid = page.getByTestId('grid-t3')
  await expect(grid).toHaveAttribute('role', 'grid')
  await cell(page, 't3.new.natural').click()
  await expect(cell(page, 't3.new.natural')).toBeFocused()
  await expect(cell(page, 't3.new.natural')).toHaveAttribute('role', 'gridcell')
  await expect(grid.locator('input')).toHaveCount(0)

  // Real key presses (keydown, keypress, input): both characters, the first one included.
  await page.keyboard.type('42')
  await expect(grid.locator('input')).toHaveCount(1)
  await expect(cellEditor(page, 't3.new.natural')).toBeFocused()
  await expect(cellEditor(page, 't3.new.natural')).toHaveValue('42')
  await page.keyboard.press('Enter')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('42')
  await expect(cell(page, 't3.carriedOver.natural')).toBeFocused()
  await expect(grid.locator('input')).toHaveCount(0)

  // Typing replaces the value; Escape gives the typing up and the value stays.
  await page.keyboard.press('ArrowUp')
  await page.keyboard.type('7')
  await page.keyboard.press('Escape')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('42')
  await expect(cell(page, 't3.new.natural')).toBeFocused()

  // A double-click edits in place: typing appends.
  await cell(page, 't3.new.natural').dblclick()
  await expect(cellEditor(page, 't3.new.natural')).toHaveValue('42')
  await page.keyboard.type('1')
  await page.keyboard.press('Tab')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('421')
  await expect.poll(() => focusedCell(page)).toBe('t3.new.commercial')

  // Shift+arrows select: the cells say so to assistive technology.
  await page.keyboard.press('Shift+ArrowDown')
  await expect(cell(page, 't3.new.commercial')).toHaveAttribute('aria-selected', 'true')
  await expect(cell(page, 't3.carriedOver.commercial')).toHaveAttribute('aria-selected', 'true')
  await expect(cell(page, 't3.new.natural')).not.toHaveAttribute('aria-selected', 'true')
})

test('the real Ctrl+V, Ctrl+C and Ctrl+X on a selected cell reach the grid through the system clipboard', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await createReportViaHome(page, uniqueAgency('剪贴板'), 2025)
  await showT3(page)
  await page.evaluate(() => (globalThis as any).navigator.clipboard.writeText('7\t8\r\n9\t10\r\n'))
  await cell(page, 't3.granted.natural').click()
  await page.keyboard.press('Control+v')
  await expect(cellValue(page, 't3.granted.natural')).toHaveText('7')
  await expect(cellValue(page, 't3.granted.commercial')).toHaveText('8')
  await expect(cellValue(page, 't3.partial.natural')).toHaveText('9')
  await expect(cellValue(page, 't3.partial.commercial')).toHaveText('10')

  // The pasted block is selected: Ctrl+C copies it back as tab-separated rows.
  await page.evaluate(() => (globalThis as any).navigator.clipboard.writeText(''))
  await page.keyboard.press('Control+c')
  await expect.poll(() => page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>)).toMatch(/^7\t8\r?\n9\t10(\r?\n)?$/)

  // Ctrl+X: copied, and the cells emptied.
  await page.keyboard.press('Control+x')
  await expect(cellValue(page, 't3.granted.natural')).toHaveText('')
  await expect(cellValue(page, 't3.partial.commercial')).toHaveText('')
  expect(await page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>)).toMatch(/^7\t8\r?\n9\t10/)
})

test('表二 headings stay in view: scrolled to the bottom, a block heading row is at the top of the area', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await page.setViewportSize({ width: 1100, height: 300 })
  await createReportViaHome(page, uniqueAgency('表二冻结'), 2025)
  await page.getByTestId('nav-t2').click()
  const grid = page.getByTestId('grid-t2')
  await expect(grid).toBeVisible()
  const main = page.locator('.editor-main')
  await main.evaluate((el: any) => (el.scrollTop = el.scrollHeight))
  const area = (await main.boundingBox())!
  const column = (await grid.locator('td[data-cell]').last().boundingBox())!
  // Going down from the top of the scroll area over the value columns: the first heading row met
  // is drawn lower than its place in the table (held in view), under its own block's caption.
  const probe = await page.evaluate(
    ([x, top]) => {
      const doc = (globalThis as any).document
      for (let y = top; y < top + 150; y += 2) {
        const el = doc.elementFromPoint(x, y)
        const row = el?.closest('tr.row-header')
        if (!row) continue
        const drawn = el.closest('th').getBoundingClientRect().top as number
        const natural = (row.closest('table').getBoundingClientRect().top as number) + (row.offsetTop as number)
        const above = doc.elementFromPoint(x, drawn - 4)?.closest('tr')
        return { drawn, natural, text: el.textContent as string, captionAbove: !!above?.classList.contains('row-caption') && above.nextElementSibling === row }
      }
      return null
    },
    [column.x + column.width / 2, area.y]
  )
  expect(probe).not.toBeNull()
  expect(probe!.text).toMatch(/\S/)
  expect(probe!.drawn).toBeGreaterThan(probe!.natural + 5)
  expect(probe!.drawn).toBeLessThan(area.y + 80)
  expect(probe!.captionAbove).toBe(true)
  // Cells brought into view are not left under it.
  await cell(page, 't2.regulations.issued').click()
  await page.keyboard.press('Control+End')
  const last = await grid.locator('td[data-cell]').last().getAttribute('data-cell')
  await expect.poll(() => focusedCell(page)).toBe(last)
  await expect(cell(page, last!)).toBeInViewport()
})

test('an input method composing in the cell being edited keeps its keys: the Enter that confirms its text neither stores nor moves', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('输入法'), 2025)
  await showT3(page)
  await cell(page, 't3.new.natural').click()
  await page.keyboard.press('F2')
  const editor = cellEditor(page, 't3.new.natural')
  await expect(editor).toBeFocused()
  // As an input method in full-width mode does: a composition, the Enter that confirms it
  // (keyCode 229, while composing), then its text.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Input.imeSetComposition', { text: '５', selectionStart: 1, selectionEnd: 1 })
  await expect(editor).toHaveValue('５')
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 229, key: 'Enter', code: 'Enter' })
  await cdp.send('Input.insertText', { text: '５' })
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', windowsVirtualKeyCode: 13, key: 'Enter', code: 'Enter' })
  await expect(editor).toBeFocused()
  await expect(editor).toHaveValue('５')
  await expect(cellValue(page, 't3.carriedOver.natural')).toHaveText('')
  // The Enter after it is the user's: the number is stored and the cursor moves down.
  await page.keyboard.press('Enter')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('5')
  await expect.poll(() => focusedCell(page)).toBe('t3.carriedOver.natural')
})

test('a cell being typed into when the section is switched keeps what was typed', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('切换不丢'), 2025)
  await showT3(page)
  await cell(page, 't3.new.natural').click()
  await page.keyboard.type('5')
  await page.keyboard.press('Control+PageDown')
  await expect(page.getByTestId('grid-t4')).toBeVisible()
  await page.keyboard.press('Control+PageUp')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('5')
  // Text that is not a number comes back with its error, not stored: the cell is the cursor's, so
  // it is taken up again for correcting.
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type('x')
  await page.getByTestId('nav-t4').click()
  await expect(page.getByTestId('grid-t4')).toBeVisible()
  await page.getByTestId('nav-t3').click()
  await expect(cellEditor(page, 't3.new.commercial')).toHaveValue('x')
  await expect(page.getByRole('alert').filter({ hasText: '不是数字' })).toBeVisible()
})
