import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { createReportViaHome, expect, test, uniqueAgency } from './fixtures/editor-app'
import type { WebApp } from './support/web-server'

// 历年对比 through the served app: three years of one agency imported from files (the published
// 2020 report, and 2021/2022 exchange files in the 2021 format), the table with its changes and
// the format change, the charts drawn with data, a similarly named report added by the user, and
// the PNG export through the save dialog.

const FIXTURE = join(process.cwd(), '../shared/fixtures/jiaxing-zjj-2020.json')

async function importFile(page: Page, app: WebApp, name: string, content: object): Promise<void> {
  const file = join(app.filesDir, name)
  writeFileSync(file, JSON.stringify(content))
  await app.nextOpen(file)
  await page.getByTestId('import-report').click()
  const dialog = page.getByTestId('import-dialog')
  await dialog.getByTestId('import-as-is').check()
  await dialog.getByTestId('import-confirm').click()
  await expect(page.getByTestId('editor')).toBeVisible()
  await page.getByTestId('go-home').click()
  await expect(page.getByTestId('report-list')).toBeVisible()
}

const exchange = (agency: string, year: number, format: '2019' | '2021', cells: Record<string, number | null>) => ({
  schema: 'nianbao/report@1',
  format,
  year,
  agency,
  cells,
  text: { overview: '', problems: '', other: '' }
})

/** Pixels of the chart's canvas drawn in the first series' colour (#1d4f91): bars, not an empty grid. */
const barPixels = (page: Page, group: string) =>
  page.locator(`[data-testid="years-chart"][data-group="${group}"] canvas`).evaluate((c: any) => {
    const ctx = c.getContext('2d')
    const { data } = ctx.getImageData(0, 0, c.width, c.height)
    let n = 0
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i] - 0x1d) < 6 && Math.abs(data[i + 1] - 0x4f) < 6 && Math.abs(data[i + 2] - 0x91) < 6) n++
    return n
  })

test('three years of one agency side by side: table with changes, charts, a renamed report added, PNG export', async ({ page, app }) => {
  // Four imports on a worker thread each: slow when the machine is busy.
  test.setTimeout(180_000)
  const agency = uniqueAgency('历年')
  const published = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { cells: Record<string, number | null> }
  const new2020 = published.cells['t3.new.total'] as number
  await importFile(page, app, `2020-${Date.now()}.json`, { ...JSON.parse(readFileSync(FIXTURE, 'utf8')), agency })
  await importFile(page, app, `2021-${Date.now()}.json`, exchange(agency, 2021, '2021', { 't3.new.total': new2020 + 10, 't3.granted.total': 8, 't2.regulations.issued': 2, 't4.review.total': 1 }))
  await importFile(page, app, `2022-${Date.now()}.json`, exchange(agency, 2022, '2021', { 't3.new.total': new2020 + 5, 't3.granted.total': 12, 't2.regulations.issued': 3, 't4.review.total': 0 }))
  // The same office under its former name, stored apart: offered, not joined on its own.
  const formerName = `${agency}机关`
  await importFile(page, app, `2019-${Date.now()}.json`, exchange(formerName, 2019, '2019', { 't3.new.total': new2020 - 4 }))

  await page.getByTestId('report-row').filter({ hasText: agency }).filter({ hasText: '2022' }).first().getByTestId('years-report').click()
  const screen = page.getByTestId('years-screen')
  await expect(screen).toBeVisible()
  const table = screen.getByTestId('years-table')
  await expect(table.locator('thead th[data-year]')).toHaveText([/^2020年/, /^2021年/, /^2022年/])
  // 2021 is the first report in the 2021 format.
  await expect(table.locator('thead th[data-year="2021"]').getByTestId('format-change')).toBeVisible()
  await expect(table.getByTestId('format-change')).toHaveCount(1)

  const row = (id: string) => table.locator(`tr[data-figure="${id}"]`)
  await expect(row('new').locator('td .value')).toHaveText([String(new2020), String(new2020 + 10), String(new2020 + 5)])
  const pct = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`
  await expect(row('new').locator('td[data-year="2021"] .change')).toHaveText(`+10（+${pct(new2020, new2020 + 10)}）`)
  await expect(row('new').locator('td[data-year="2022"] .change')).toHaveText(`−5（−${pct(new2020 + 10, new2020 + 5).replace('-', '')}）`)
  await expect(row('granted').locator('td[data-year="2022"] .change')).toHaveText('+4（+50.0%）')
  await expect(row('reviewTotal').locator('td[data-year="2022"] .change')).toHaveText('−1（−100.0%）')
  // 本年制发件数 exists only in the 2021 format: no value in 2020, no change across the format change.
  await expect(row('issued').locator('td[data-year="2020"] .value')).toHaveText('格式无此项')
  await expect(row('issued').locator('td[data-year="2021"] .change')).toHaveText('格式变更，不可比')
  await expect(row('issued').locator('td[data-year="2022"] .change')).toHaveText('+1（+50.0%）')

  // Charts: ECharts loaded on this screen, one chart a group, bars drawn from the data.
  await expect(screen.getByTestId('years-chart')).toHaveCount(4)
  await expect(screen.locator('[data-testid="years-chart"][data-group="applications"] canvas')).toHaveCount(1)
  await expect(screen.locator('[data-testid="years-chart"][data-group="applications"]')).toHaveAttribute('data-series', '2')
  await expect.poll(() => barPixels(page, 'applications')).toBeGreaterThan(200)

  // The former name is offered; ticking it adds 2019 (2019 format: 新收 comparable with 2020).
  const similar = screen.getByTestId('similar-reports')
  await expect(similar).toContainText(formerName)
  await similar.getByTestId('year-choice').filter({ hasText: formerName }).locator('input').check()
  await expect(table.locator('thead th[data-year]')).toHaveCount(4)
  await expect(row('new').locator('td[data-year="2020"] .change')).toHaveText(`+4（+${pct(new2020 - 4, new2020)}）`)

  // PNG export through the (test) save dialog.
  const target = join(app.filesDir, `历年对比-${Date.now()}.png`)
  await app.nextSave(target)
  await screen.getByTestId('years-export').click()
  await expect(screen.getByTestId('years-notice')).toContainText('图片已保存', { timeout: 30_000 })
  const png = readFileSync(target)
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  // IHDR: width and height (the table and four charts at twice the screen's pixels).
  expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(2000)
  expect(png.readUInt32BE(20)).toBeGreaterThan(png.readUInt32BE(16) / 2)

  await screen.getByTestId('years-back').click()
  await expect(page.getByTestId('report-list')).toBeVisible()
})

test('the editor opens 历年对比 of its report; a single year says it cannot compare', async ({ page, app }) => {
  expect(app.url).toMatch(/^http/) // the page is on the served app
  const agency = uniqueAgency('单年')
  await createReportViaHome(page, agency, 2024)
  await page.getByTestId('open-years').click()
  const screen = page.getByTestId('years-screen')
  await expect(screen.getByTestId('years-single')).toBeVisible()
  await expect(screen.getByTestId('years-table').locator('thead th[data-year]')).toHaveText([/^2024年/])
  await screen.getByTestId('years-back').click()
  await expect(page.getByTestId('editor-agency')).toHaveText(agency)
})
