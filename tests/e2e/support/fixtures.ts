import { test as base } from '@playwright/test'
import { startWebApp, type WebApp } from './web-server'

/** `test` with `app`: a fresh served app per test (own port and data folder), the page opened on it. */
export const test = base.extend<{ app: WebApp }>({
  app: async ({ page }, use) => {
    const app = await startWebApp()
    await page.goto(app.url)
    await use(app)
    await app.dispose()
  }
})

export { expect } from '@playwright/test'
