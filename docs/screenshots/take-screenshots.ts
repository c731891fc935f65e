import { copyFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { ROOT, startWebApp } from '../../tests/e2e/support/web-server'

// Screenshots of every screen at 1366×768 for the README: `npm run build`, then
// `npx tsx docs/screenshots/take-screenshots.ts`. Uses the served app with a fresh data folder:
// imports the published 2020 fixture as last year and starts the 2021 report from it.

const OUT = join(ROOT, 'docs/screenshots')
// Reference material beside the project (tests/helpers/fixtures.ts is CommonJS-only).
const FIXTURE = join(ROOT, '../shared/fixtures/jiaxing-zjj-2020.json')

async function main(): Promise<void> {
  const app = await startWebApp()
  const browser = await chromium.launch({
    executablePath: process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
    const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`) })
    await page.goto(app.url)

    const fixture = join(app.filesDir, 'jiaxing-zjj-2020.json')
    copyFileSync(FIXTURE, fixture)
    await app.nextOpen(fixture)
    await page.click('[data-testid=import-report]')
    await page.waitForSelector('[data-testid=import-dialog]')
    await shot('import')
    await page.click('[data-testid=import-as-is]')
    await page.click('[data-testid=import-confirm]')
    await page.waitForSelector('[data-testid=editor]')
    await page.click('[data-testid=go-home]')

    await app.nextOpen(fixture)
    await page.click('[data-testid=import-report]')
    await page.waitForSelector('[data-testid=import-dialog]')
    await page.click('[data-testid=import-next-year]')
    await page.click('[data-testid=import-confirm]')
    await page.waitForSelector('[data-testid=grid-t3]')

    // Type this year's first figures, as a user would, so the checks have something to say.
    const ex = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { cells: Record<string, number> }
    const type = async (key: string, value: string) => {
      await page.click(`[data-cell="${key}"]`)
      await page.keyboard.type(value)
      await page.keyboard.press('Enter')
    }
    await type('t3.new.natural', String((ex.cells['t3.new.natural'] ?? 0) + 3))
    await type('t3.new.commercial', '2')
    await type('t3.granted.natural', '20')
    await page.click('[data-cell="t3.granted.commercial"]')
    await page.keyboard.type('两件')
    await page.keyboard.press('Enter')
    await shot('editor-table3')
    await page.keyboard.press('Escape')

    await page.click('[data-testid=nav-t2]')
    await shot('editor-table2')
    await page.click('[data-testid=nav-t4]')
    await shot('editor-table4')
    await page.click('[data-testid=nav-overview]')
    await page.fill('[data-text=overview]', '2020年，我局共收到政府信息公开申请60件，办结58件。\n（一）主动公开\n……')
    await page.waitForTimeout(300)
    await shot('editor-text')
    await page.click('[data-testid=nav-info]')
    await shot('editor-info')
    await page.click('[data-testid=export]')
    await page.waitForSelector('[data-testid=export-dialog]')
    await shot('export')
    await page.keyboard.press('Escape')
    await page.click('[data-testid=open-settings]')
    await page.waitForSelector('[data-testid=settings-screen]')
    await shot('settings')
    await page.click('[data-testid=settings-back]')
    await page.click('[data-testid=go-home]')
    await page.waitForSelector('[data-testid=report-list]')
    await shot('home')
  } finally {
    await browser.close()
    await app.dispose()
  }
}

await main()
