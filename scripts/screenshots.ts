import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { ROOT, startWebApp } from '../tests/e2e/support/web-server'
import { shrinkPng } from './png-shrink'
import { workShots } from './screenshots-work'

// `npm run build && npm run screenshots`: every screen at 1366×768 into docs/screenshots/ (shown in
// the README). The served app on a fresh data folder: the published 2020 fixture imported as it is,
// then imported again as last year's report to start 2021's, with a few of this year's figures
// typed in (one of them wrong, one rejected) so the checks have something to show.

const OUT = join(ROOT, 'docs/screenshots')
const MAX_BYTES = 250 * 1024
// Reference material beside the project; screenshots only, never product code.
const FIXTURE = join(ROOT, '../shared/fixtures/jiaxing-zjj-2020.json')

const OVERVIEW = [
  '2021年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，全面推进政务公开工作。',
  '（一）主动公开',
  '全年通过门户网站主动公开政府信息1260条，发布政策解读材料35篇。',
  '（二）依申请公开',
  '全年共收到政府信息公开申请70件，均在法定期限内答复。',
  '（三）政府信息管理',
  '2020年12月，我局修订了政府信息公开指南和目录，完善了公开前保密审查机制。'
].join('\n')

const written: { name: string; bytes: number }[] = []

async function shot(page: Page, name: string): Promise<void> {
  // Let the autosave settle so the indicator reads the same on every run.
  await page
    .locator('[data-testid=save-indicator]')
    .filter({ hasText: '已保存' })
    .waitFor({ timeout: 5000 })
    .catch(() => undefined)
  const png = shrinkPng(await page.screenshot())
  writeFileSync(join(OUT, `${name}.png`), png)
  written.push({ name, bytes: png.length })
}

async function typeInto(page: Page, key: string, value: string): Promise<void> {
  await page.click(`[data-cell="${key}"]`)
  await page.keyboard.type(value)
  await page.keyboard.press('Enter')
}

async function importFixture(page: Page, nextOpen: (p: string) => Promise<void>, path: string, mode: 'as-is' | 'next-year', name?: string) {
  await nextOpen(path)
  await page.click('[data-testid=import-report]')
  await page.waitForSelector('[data-testid=import-dialog]')
  await page.click(`[data-testid=import-${mode}]`)
  if (name) await shot(page, name)
  await page.click('[data-testid=import-confirm]')
  await page.waitForSelector('[data-testid=editor]')
}

async function main(): Promise<void> {
  const app = await startWebApp()
  const browser = await chromium.launch({
    executablePath: process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })
    await page.goto(app.url)
    const fixture = join(app.filesDir, 'jiaxing-zjj-2020.json')
    copyFileSync(FIXTURE, fixture)

    await importFixture(page, app.nextOpen, fixture, 'as-is')
    // 生成表述 on the published 2020 report: the statements its own tables give, figures marked.
    await page.click('[data-testid=nav-overview]')
    await page.click('[data-testid=draft-open]')
    await page.waitForSelector('[data-testid=draft-panel]')
    await shot(page, 'editor-drafting')
    await page.click('[data-testid=go-home]')
    await importFixture(page, app.nextOpen, fixture, 'next-year', 'import')
    await page.waitForSelector('[data-testid=grid-t3]')

    // This year's first figures: row 一 complete but its 总计 wrong (C3), and a word where a number goes.
    const last = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { cells: Record<string, number> }
    const natural = (last.cells['t3.new.natural'] ?? 0) + 3
    await typeInto(page, 't3.new.natural', String(natural))
    for (const [col, v] of [['commercial', '2'], ['research', '0'], ['nonprofit', '0'], ['legal', '1'], ['otherOrg', '0'], ['total', String(natural + 2)]]) {
      await typeInto(page, `t3.new.${col}`, v)
    }
    await typeInto(page, 't3.granted.natural', '20')
    // Text from an input method goes into an open cell: F2 opens it, as a user with 拼音 on does.
    await page.click('[data-cell="t3.granted.commercial"]')
    await page.keyboard.press('F2')
    await page.keyboard.type('两件')
    await page.keyboard.press('Enter')
    await shot(page, 'editor-table3')
    await page.keyboard.press('Escape')

    await page.click('[data-testid=nav-t2]')
    await typeInto(page, 't2.regulations.issued', '0')
    await typeInto(page, 't2.normativeDocs.issued', '12')
    await shot(page, 'editor-table2')
    await page.click('[data-testid=nav-t4]')
    await typeInto(page, 't4.review.upheld', '2')
    await shot(page, 'editor-table4')
    // This year's overview, with a count that contradicts table 三 and a stale year: both are
    // marked in the text itself.
    await page.click('[data-testid=nav-overview]')
    await page.fill('[data-text=overview]', OVERVIEW)
    await shot(page, 'editor-text')
    await page.click('[data-testid=nav-info]')
    await page.fill('[data-testid=info-phone]', '0573-82012345')
    await shot(page, 'editor-info')
    await page.click('[data-testid=export]')
    await page.waitForSelector('[data-testid=export-dialog]')
    await shot(page, 'export')
    await page.keyboard.press('Escape')
    await page.click('[data-testid=open-settings]')
    await page.waitForSelector('[data-testid=settings-screen]')
    await shot(page, 'settings')
    await page.click('[data-testid=settings-back]')
    await page.click('[data-testid=go-home]')
    await page.waitForSelector('[data-testid=report-list]')
    await shot(page, 'home')
    // 历年对比: the 2020 report and this year's started from it, table first, then the charts.
    await page.locator('[data-testid=report-row]', { hasText: '2021' }).locator('[data-testid=years-report]').first().click()
    await page.waitForSelector('[data-testid=years-chart] canvas')
    await shot(page, 'years')
    await page.locator('[data-testid=years-charts]').scrollIntoViewIfNeeded()
    await shot(page, 'years-charts')
    await workShots(page, app, FIXTURE, shot)
  } finally {
    await browser.close()
    await app.dispose()
  }
  for (const w of written) {
    const kb = (w.bytes / 1024).toFixed(0)
    console.log(`docs/screenshots/${w.name}.png ${kb} KB${w.bytes > MAX_BYTES ? '  ← over 250 KB' : ''}`)
  }
  if (written.some((w) => w.bytes > MAX_BYTES)) process.exitCode = 1
}

await main()
