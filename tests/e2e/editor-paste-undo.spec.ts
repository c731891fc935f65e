import { cell, cellValue, consistentT3, createReportViaHome, expect, pasteText, readT3, ruleItem, showT3, t3Rows, test, toTsv, typeInto, uniqueAgency } from './fixtures/editor-app'

// Pasting a whole table 三 copied from Excel/WPS (25 rows × 7 columns, tab-separated, "\r\n"
// line ends), then undoing and redoing it across the whole report.

const ROWS = t3Rows('2021')
const TABLE = consistentT3()
const asText = (t: Record<string, number[]>) => Object.fromEntries(ROWS.map((r) => [r, t[r].map(String)]))
const blank = Object.fromEntries(ROWS.map((r) => [r, Array(7).fill('')]))

test('the block copied from a spreadsheet is the full 2021 table 三', () => {
  expect(ROWS).toHaveLength(25)
  const tsv = toTsv(TABLE, ROWS)
  expect(tsv.split('\r\n').filter(Boolean)).toHaveLength(25)
  expect(tsv.split('\r\n')[0].split('\t')).toHaveLength(7)
})

test('pasting 25×7 at 本年新收·自然人 fills every cell; Ctrl+Z restores them, Ctrl+Y puts the paste back', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('粘贴'), 2025)
  await showT3(page)
  // One value typed before the paste: undo must go back to it, not to an empty table.
  await typeInto(page, 't3.new.natural', '99')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('99')

  await cell(page, 't3.new.natural').click()
  await pasteText(cell(page, 't3.new.natural'), toTsv(TABLE, ROWS))
  await expect(page.getByTestId('notice')).toContainText('已粘贴 175 个单元格')
  await expect.poll(() => readT3(page, ROWS)).toEqual(asText(TABLE))
  // A consistent table: no arithmetic errors after the paste.
  for (const rule of ['C1', 'C2', 'C3', 'C6']) await expect(ruleItem(page, rule)).toHaveCount(0)

  await page.keyboard.press('Control+z')
  // 99 typed, and the totals it filled (自动合计): 一's 总计 and nothing else of 三 (（七）总计 sums the results).
  await expect.poll(() => readT3(page, ROWS)).toEqual({ ...blank, new: ['99', '', '', '', '', '', '99'] })

  await page.keyboard.press('Control+y')
  await expect.poll(() => readT3(page, ROWS)).toEqual(asText(TABLE))

  // The toolbar buttons do the same.
  await page.getByTestId('undo').click()
  await expect(cellValue(page, 't3.carriedForward.total')).toHaveText('')
  await expect(cellValue(page, 't3.new.natural')).toHaveText('99')
  await page.getByTestId('redo').click()
  await expect(cellValue(page, 't3.carriedForward.total')).toHaveText(String(TABLE.carriedForward[6]))
})

test('a pasted block with text and full-width digits keeps the text, marks it C6, and says so', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('粘贴文字'), 2025)
  await showT3(page)
  await pasteText(cell(page, 't3.granted.natural'), '１２\t3\r\n约5件\t/\r\n')
  await expect(cellValue(page, 't3.granted.natural')).toHaveText('12')
  await expect(cellValue(page, 't3.granted.commercial')).toHaveText('3')
  await expect(cellValue(page, 't3.partial.natural')).toHaveText('约5件')
  await expect(cellValue(page, 't3.partial.commercial')).toHaveText('/')
  await expect(page.getByTestId('notice')).toContainText('1 个不是有效数字')
  await expect(ruleItem(page, 'C6')).toHaveCount(1)
  await expect(ruleItem(page, 'C6')).toContainText('约5件')
})

test('Shift+arrows select a range and Ctrl+C puts it on the clipboard as tab-separated rows', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('复制'), 2025)
  await showT3(page)
  await pasteText(cell(page, 't3.new.natural'), toTsv(TABLE, ROWS))
  await expect(cellValue(page, 't3.carriedForward.total')).toHaveText(String(TABLE.carriedForward[6]))
  await cell(page, 't3.carriedOver.commercial').click()
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  // The copy event the browser fires for Ctrl+C, with a clipboard the test can read back.
  const copied = await page.evaluate(() => {
    const g = globalThis as any
    const dt = new g.DataTransfer()
    g.document.activeElement.dispatchEvent(new g.ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }))
    return dt.getData('text/plain') as string
  })
  const expected = ['carriedOver', 'granted'].map((r) => TABLE[r].slice(1, 4).join('\t')).join('\r\n')
  expect(copied.replace(/\r?\n$/, '')).toBe(expected)
})
