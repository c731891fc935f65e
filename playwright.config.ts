import { defineConfig } from '@playwright/test'

// End-to-end tests against the built app served by the web bridge (tests/e2e/support starts one
// server per test with a fresh data folder), in the system Chromium. No Electron binary here:
// tests/e2e/electron.spec.ts skips itself when there is none.

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  outputDir: '.tmp/playwright-results',
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    }
  }
})
