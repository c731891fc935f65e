import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

// 检查文件夹 in the served app: a folder of real reports of several kinds, one with an error and
// one not a report, chosen through the (test) folder dialog. Progress shows while it runs; the
// results sort by severity; the unreadable file is listed and skipped.

const REAL = join(process.cwd(), 'tests/fixtures/real')
const FIXTURE = join(process.cwd(), '../shared/fixtures/jiaxing-zjj-2020.json')

function fillFolder(folder: string): number {
  mkdirSync(join(folder, '子目录'), { recursive: true })
  const texts = ['abag-zrzyj-2023-page', 'gaoping-luoxi-2023-page', 'haizhu-guanzhou-2023-page', 'xinfeng-wjw-2023-page', 'zhanjiang-dfz-2023-page', 'donghu-wjb-2023-page']
  for (const name of texts) copyFileSync(join(REAL, `${name}.txt`), join(folder, '子目录', `${name}.txt`))
  copyFileSync(join(REAL, 'shanghai-bgt-2019-lo-docx.docx'), join(folder, '上海.docx'))
  copyFileSync(join(REAL, 'shanghai-bgt-2019-repo.html'), join(folder, '上海.html'))
  copyFileSync(FIXTURE, join(folder, '嘉兴.json'))
  const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { cells: Record<string, unknown> }
  writeFileSync(join(folder, '有错.json'), JSON.stringify({ ...data, agency: '有错的局', cells: { ...data.cells, 't3.total.natural': 999 } }))
  writeFileSync(join(folder, '坏文件.doc'), Buffer.alloc(2000, 7))
  return texts.length + 5
}

test('检查文件夹: progress while it runs, one row per file, the unreadable file skipped, sortable by severity', async ({ page, app }) => {
  test.setTimeout(240_000) // eleven files on import workers; the shared test machine may be busy
  const folder = join(app.filesDir, '各部门年报')
  const total = fillFolder(folder)
  await app.nextFolder(folder)
  await page.getByTestId('open-folder-check').click()
  const screen = page.getByTestId('folder-check-screen')

  // Every text the progress line shows, as it changes.
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { progressSeen: string[] }).progressSeen = seen
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="folder-progress-text"]')
      if (el && seen.at(-1) !== el.textContent) seen.push(el.textContent ?? '')
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  await screen.getByTestId('choose-folder').click()
  await expect(screen.getByTestId('folder-progress-text')).toContainText(`已完成：共${total}个文件，${total - 1}个已检查（1个有错误），1个无法读取`, { timeout: 180_000 })
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen)
  expect(seen.some((t) => new RegExp(`正在检查 \\d+/${total}`).test(t) && !t.startsWith(`正在检查 ${total}/`))).toBe(true)
  await expect(screen.getByTestId('folder-progress')).toHaveAttribute('max', String(total))
  await expect(screen.getByTestId('folder-progress')).toHaveJSProperty('value', total)

  const rows = screen.getByTestId('folder-row')
  await expect(rows).toHaveCount(total)
  await expect(rows.filter({ hasText: '坏文件.doc' })).toContainText('无法读取，已跳过')

  // By severity: the unreadable file, then the one with errors, then by warnings.
  await screen.getByTestId('sort-severity').click()
  await expect(rows.nth(0)).toHaveAttribute('data-file', '坏文件.doc')
  await expect(rows.nth(1)).toHaveAttribute('data-file', '有错.json')
  await expect(rows.last()).toHaveAttribute('data-file', '嘉兴.json')
  await rows.nth(1).click()
  // Plain words as in the editor (issue 13): the rule's title and the cell, its code only in the details.
  const findings = screen.locator('.folder-findings')
  const c2 = findings.locator('[data-testid="finding"][data-rule="C2"]')
  await expect(c2).toContainText('错误 办理结果总计不符：')
  await expect(c2).toContainText('（七）总计')
  await expect(findings).not.toContainText('[C')
  await expect(c2.getByText('规则编号')).toBeHidden()
  await c2.getByText('这条检查是什么').click()
  await expect(c2.getByTestId('rule-details')).toContainText('（七）总计应等于（一）至（六）各项办理结果之和')
  await expect(c2.getByText('规则编号')).toBeVisible()
  await expect(c2.locator('.rule-id')).toHaveText('C2')
  // By name again (zh-CN order: 坏 huài, 嘉 jiā, 上 shàng …): 嘉兴.json, last by severity, is second.
  await screen.getByTestId('sort-name').click()
  await expect(rows.nth(1)).toHaveAttribute('data-file', '嘉兴.json')
})

test('汇总 from a folder of real 2023 reports: every department and the breakdown of 行政处罚', async ({ page, app }) => {
  test.setTimeout(240_000)
  const folder = join(app.filesDir, '2023')
  mkdirSync(folder)
  for (const name of ['abag-zrzyj-2023-page', 'haizhu-guanzhou-2023-page', 'xinfeng-wjw-2023-page']) copyFileSync(join(REAL, `${name}.txt`), join(folder, `${name}.txt`))
  await app.nextFolder(folder)
  await page.getByTestId('open-aggregate').click()
  await page.getByTestId('aggregate-folder').click()
  await expect(page.getByTestId('aggregate-result')).toContainText('2023年度汇总：3个部门', { timeout: 180_000 })
  await page.locator('[data-key="t2.penalty.decisions"]').click()
  await expect(page.getByTestId('breakdown-sum')).toHaveText('1529')
  await expect(page.getByTestId('breakdown-row')).toHaveCount(3)
})
