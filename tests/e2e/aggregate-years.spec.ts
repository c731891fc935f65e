import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

// 汇总 from a folder holding reports of several years, in the served app: the newest year is
// summed by default, the year can be picked, a file that states no year joins only when ticked,
// and a year whose reports mix the two formats is refused with the departments named while the
// year stays pickable.

const REAL = join(process.cwd(), 'tests/fixtures/real')
const FIXTURE = JSON.parse(readFileSync(join(process.cwd(), '../shared/fixtures/jiaxing-zjj-2020.json'), 'utf8')) as Record<string, unknown>

test('汇总 of a folder of several years: newest by default, another year picked, the unknown-year file counted when ticked, mixed formats refused', async ({ page, app }) => {
  test.setTimeout(240_000)
  const folder = join(app.filesDir, '历年报送')
  mkdirSync(folder)
  // 2023: three real published excerpts (2021 format); one more real excerpt that states no year.
  for (const name of ['abag-zrzyj-2023-page', 'haizhu-guanzhou-2023-page', 'xinfeng-wjw-2023-page', 'changchun-tyjrswj-2023-page']) {
    copyFileSync(join(REAL, `${name}.txt`), join(folder, `${name}.txt`))
  }
  // 2020: the real fixture under two names (2019 format), and one report in the 2021 format.
  writeFileSync(join(folder, '甲局.json'), JSON.stringify({ ...FIXTURE, agency: '甲局' }))
  writeFileSync(join(folder, '乙局.json'), JSON.stringify({ ...FIXTURE, agency: '乙局' }))
  writeFileSync(join(folder, '丙局.json'), JSON.stringify({ schema: 'nianbao/report@1', format: '2021', year: 2020, agency: '丙局', cells: {}, text: {} }))

  await app.nextFolder(folder)
  await page.getByTestId('open-aggregate').click()
  const screen = page.getByTestId('aggregate-screen')
  await screen.getByTestId('aggregate-folder').click()
  const result = screen.getByTestId('aggregate-result')
  await expect(result).toContainText('2023年度汇总：3个部门', { timeout: 180_000 })
  const picker = screen.getByTestId('folder-year')
  const select = picker.getByTestId('folder-year-select')
  await expect(select).toHaveValue('2023')
  await expect(select.locator('option')).toHaveText(['2023年度（3个部门）', '2020年度（3个部门）'])
  await expect(result).toContainText('其他年度的报告未计入：2020年度（')
  await expect(result).toContainText('以下文件未写明年度，未计入：changchun-tyjrswj-2023-page.txt')

  // The file that states no year, counted as 2023 when the user says so.
  // (The box follows the 汇总 it asks for: ticked once the sums with the file are back.)
  await picker.getByTestId('folder-year-unknown').click()
  await expect(result).toContainText('2023年度汇总：4个部门')
  await expect(picker.getByTestId('folder-year-unknown')).toBeChecked()
  await expect(result).toContainText('已按2023年度计入：changchun-tyjrswj-2023-page.txt')

  // 2020 mixes the two formats: refused, naming the departments; the year can still be changed.
  await select.selectOption('2020')
  await expect(screen.getByTestId('aggregate-error')).toContainText('不同的报表格式')
  await expect(screen.getByTestId('aggregate-error')).toContainText('丙局')
  await expect(screen.getByTestId('aggregate-error')).toContainText('甲局')
  await expect(result).toHaveCount(0)
  await expect(select).toHaveValue('2020')

  // Back to 2023: summed again from the files already read.
  await select.selectOption('2023')
  await expect(result).toContainText('2023年度汇总：4个部门')
  await expect(screen.getByTestId('aggregate-error')).toHaveCount(0)
  await page.locator('[data-key="t2.penalty.decisions"]').click()
  await expect(page.getByTestId('breakdown-row')).toHaveCount(4)
})
