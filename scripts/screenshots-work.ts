import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { WebApp } from '../tests/e2e/support/web-server'

// Screenshots of the work across reports (called by screenshots.ts): 汇总 with the department
// states, a missing department and the breakdown of a cell; 检查文件夹 while it runs and done.

const REAL = join(import.meta.dirname ?? __dirname, '../tests/fixtures/real')

export async function workShots(page: Page, app: WebApp, fixturePath: string, shot: (page: Page, name: string) => Promise<void>): Promise<void> {
  const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as { cells: Record<string, unknown> }
  await page.evaluate(async (cells) => {
    const departments: [string, number][] = [['市发展和改革委员会', 0], ['市教育局', 4], ['市公安局', 0], ['市民政局', 0], ['市财政局', 0]]
    for (const [agency, delta] of departments) {
      const r = await nianbao.reports.create({ agency, year: 2020, format: '2019' })
      await nianbao.reports.save({ ...r, cells: { ...cells, 't3.new.natural': (cells['t3.new.natural'] as number) + delta } as typeof r.cells })
    }
  }, fixture.cells)
  await page.reload()
  await page.click('[data-testid=open-aggregate]')
  await page.getByTestId('aggregate-year').selectOption('2020')
  // Only the five departments (not the fixture's own report of that year).
  await page.getByTestId('report-picks').getByText('嘉兴市住房和城乡建设局').click()
  await page.fill('[data-testid=departments-text]', ['市发展和改革委员会', '市教育局', '市公安局', '市民政局', '市财政局', '市人力资源和社会保障局'].join('\n'))
  await page.click('[data-testid=departments-save]')
  await page.click('[data-testid=aggregate-stored]')
  await page.waitForSelector('[data-testid=aggregate-result]')
  await page.getByTestId('aggregate-result').scrollIntoViewIfNeeded()
  await shot(page, 'aggregate')
  await page.locator('[data-key="t3.new.natural"]').click()
  await page.locator('[data-key="t3.new.natural"]').evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await shot(page, 'aggregate-breakdown')
  await page.click('[data-testid=back-home]')

  const folder = join(app.filesDir, '各部门2023年报')
  mkdirSync(folder, { recursive: true })
  const texts = ['abag-zrzyj-2023-page', 'gaoping-luoxi-2023-page', 'haizhu-guanzhou-2023-page', 'xinfeng-wjw-2023-page', 'zhanjiang-dfz-2023-page', 'donghu-wjb-2023-page', 'changchun-tyjrswj-2023-page', 'nilka-town-2023-page', 'district-tjj-2023-page']
  for (const name of texts) copyFileSync(join(REAL, `${name}.txt`), join(folder, `${name}.txt`))
  copyFileSync(join(REAL, 'shanghai-bgt-2019-lo-docx.docx'), join(folder, '上海市人民政府办公厅2019.docx'))
  copyFileSync(join(REAL, 'shanghai-bgt-2019-lo-pdf.pdf'), join(folder, '上海市人民政府办公厅2019.pdf'))
  writeFileSync(join(folder, '有错的局.json'), JSON.stringify({ ...fixture, agency: '某区有错的局', cells: { ...fixture.cells, 't3.total.natural': 99 } }))
  writeFileSync(join(folder, '扫描件.doc'), Buffer.alloc(4000, 9))
  await app.nextFolder(folder)
  await page.click('[data-testid=open-folder-check]')
  await page.click('[data-testid=choose-folder]')
  await page.getByTestId('folder-progress-text').filter({ hasText: /正在检查 [1-9]\d*\// }).waitFor({ timeout: 120_000 })
  await shot(page, 'folder-check-progress')
  await page.getByTestId('folder-progress-text').filter({ hasText: '已完成' }).waitFor({ timeout: 300_000 })
  await page.click('[data-testid=sort-severity]')
  await page.locator('[data-testid=folder-row]').nth(1).click()
  await shot(page, 'folder-check')
}
