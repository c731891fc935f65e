import { cellsOf, describeCell, FORMATS, type FormatId } from '../../src/shared/form'
import { createReportViaHome, expect, test, uniqueAgency } from './fixtures/editor-app'

// The three tables are drawn from the form definition: every cell of the format, once, named by its
// row and column labels and what it shows (a new report: 未填); nothing more; and fitting a 1366×768 screen. Checked for both formats (2025 → 2021 format, 2020 → 2019).

const CASES: { year: number; format: FormatId }[] = [
  { year: 2025, format: '2021' },
  { year: 2020, format: '2019' }
]

for (const { year, format } of CASES) {
  test(`a ${year} report draws every cell of the ${format} format once, with its accessible name`, async ({ page, app }) => {
    expect(app.url).toBeTruthy()
    await createReportViaHome(page, uniqueAgency(`版式${format}`), year)
    await expect(page.locator('.editor-header h1')).toContainText(FORMATS[format].name)
    for (const table of ['t2', 't3', 't4'] as const) {
      await page.getByTestId(`nav-${table}`).click()
      const grid = page.getByTestId(`grid-${table}`)
      await expect(grid).toBeVisible()
      const drawn = await grid.locator('[data-cell]').evaluateAll((els: any[]) => els.map((e) => [e.dataset.cell as string, e.getAttribute('aria-label') as string]))
      const expected = cellsOf(format)
        .filter((c) => c.table === table)
        .map((c) => [c.key, `${describeCell(format, c.key)}：未填`])
      expect(drawn.map(([k]) => k).sort()).toEqual(expected.map(([k]) => k).sort())
      expect(Object.fromEntries(drawn)).toEqual(Object.fromEntries(expected))
      // Usable at 1366×768: the table fits beside the warnings panel, no sideways scrolling.
      const box = (await grid.boundingBox())!
      const panel = (await page.getByTestId('warnings-panel').boundingBox())!
      expect(box.x + box.width).toBeLessThanOrEqual(panel.x + 1)
      const overflow = await page.evaluate(() => {
        const d = (globalThis as any).document.documentElement
        return d.scrollWidth - d.clientWidth
      })
      expect(overflow).toBeLessThanOrEqual(0)
    }
  })
}
