import { startWebApp } from './support/web-server'
import { cell, cellValue, createReportViaHome, expect, openFromHome, showT3, test, uniqueAgency } from './fixtures/editor-app'

// The served app stopping while a cell is still being typed into: as the Electron window does
// before it closes, the server asks the page for its last save (app:closing) and waits for the
// answer before it closes storage. The figure is there when the app starts again.

test('a cell still being typed into when the app stops is saved before storage closes', async ({ page }) => {
  const first = await startWebApp()
  try {
    await page.setViewportSize({ width: 1366, height: 768 })
    await page.goto(first.url)
    const agency = uniqueAgency('关闭')
    await createReportViaHome(page, agency, 2025)
    await showT3(page)
    await cell(page, 't3.new.natural').click()
    await page.keyboard.type('58')
    // No Enter, no blur, no autosave yet: stop the app at once.
    await first.stop()

    const second = await startWebApp({ dataDir: first.dataDir })
    try {
      await page.goto(second.url)
      await openFromHome(page, agency)
      await showT3(page)
      await expect(cellValue(page, 't3.new.natural')).toHaveText('58')
    } finally {
      await second.stop()
    }
  } finally {
    await first.dispose()
  }
})
