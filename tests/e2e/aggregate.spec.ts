import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

// 汇总 in the served app: three stored 2020 reports (the real published fixture under three
// department names, one with a wrong figure), an expected list naming a fourth department that
// has not reported, the breakdown of a cell, and the sums saved as a report of their own.

const FIXTURE = JSON.parse(readFileSync(join(process.cwd(), '../shared/fixtures/jiaxing-zjj-2020.json'), 'utf8')) as { cells: Record<string, number | string | null> }

test('汇总 of stored reports: department states with the missing one, the breakdown of a cell, the sum saved as a report', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  const natural = FIXTURE.cells['t3.new.natural'] as number
  await page.evaluate(async (cells) => {
    for (const [agency, delta] of [['甲局', 0], ['乙局', 5], ['丙局', 0]] as const) {
      const r = await nianbao.reports.create({ agency, year: 2020, format: '2019' })
      const own = { ...cells, 't3.new.natural': (cells['t3.new.natural'] as number) + delta }
      await nianbao.reports.save({ ...r, cells: own })
    }
  }, FIXTURE.cells)
  await page.reload()
  await page.getByTestId('open-aggregate').click()
  const screen = page.getByTestId('aggregate-screen')
  await expect(screen.getByTestId('report-picks').locator('input[type=checkbox]')).toHaveCount(3)

  await screen.getByTestId('departments-text').fill('甲局\n乙局\n丙局\n丁局')
  await screen.getByTestId('departments-save').click()
  await expect(screen.getByRole('status').filter({ hasText: '已保存（4个部门）' })).toBeVisible()

  await screen.getByTestId('aggregate-stored').click()
  const result = screen.getByTestId('aggregate-result')
  await expect(result).toContainText('2020年度汇总：3个部门')
  const rows = result.getByTestId('department-row')
  await expect(rows).toHaveCount(4)
  await expect(rows.filter({ hasText: '丁局' })).toHaveAttribute('data-state', 'missing')
  await expect(rows.filter({ hasText: '丁局' })).toContainText('未报送')
  // 乙局's 本年新收 is 5 more than its 结转 and results account for: the rules find an error.
  await expect(rows.filter({ hasText: '乙局' })).toHaveAttribute('data-state', 'failing')
  await expect(rows.filter({ hasText: '甲局' })).toHaveAttribute('data-state', 'ok')
  await expect(result.getByTestId('department-summary')).toContainText('1个未报送')
  // 乙局's errors in plain words as in the editor; the rule code only under 这条检查是什么.
  await result.getByText('查看各部门的错误').click()
  const c1 = result.locator('.department-errors [data-testid="finding"][data-rule="C1"]').first()
  await expect(c1).toContainText('错误 收结数不平衡：')
  await expect(result.locator('.department-errors')).not.toContainText('[C1]')
  await expect(c1.locator('.rule-id')).toBeHidden()
  // The sums have the same error (5 more received than accounted for), worded the same.
  await expect(result.locator(':scope > ul [data-testid="finding"][data-rule="C1"]').first()).toContainText('错误 收结数不平衡：')

  const sumCell = screen.locator('[data-key="t3.new.natural"]')
  await expect(sumCell).toHaveText(String(3 * natural + 5))
  await sumCell.click()
  const breakdown = screen.getByTestId('breakdown')
  await expect(breakdown.getByTestId('breakdown-label')).toContainText('一、本年新收政府信息公开申请数量')
  await expect(breakdown.getByTestId('breakdown-label')).toContainText('自然人')
  // Departments in name order (as the stored reports are listed).
  const expected = [['甲局', natural], ['乙局', natural + 5], ['丙局', natural]].sort(([a], [b]) => String(a).localeCompare(String(b), 'zh-CN'))
  await expect(breakdown.getByTestId('breakdown-row')).toHaveText(expected.map(([d, v]) => `${d}${v}`))
  await expect(breakdown.getByTestId('breakdown-sum')).toHaveText(String(3 * natural + 5))

  // The list is kept: back home and in again, it is still there.
  await screen.getByTestId('back-home').click()
  await page.getByTestId('open-aggregate').click()
  await expect(page.getByTestId('departments-text')).toHaveValue('甲局\n乙局\n丙局\n丁局')
  await page.getByTestId('aggregate-stored').click()
  await page.getByTestId('combined-agency').fill('某县人民政府')
  await page.getByTestId('combined-save').click()
  await expect(page.getByTestId('editor-agency')).toHaveText('某县人民政府')
  const stored = await page.evaluate(async () => {
    const list = await nianbao.reports.list()
    const r = await nianbao.reports.get(list.find((s) => s.agency === '某县人民政府')!.id)
    return { natural: r.cells['t3.new.natural'], overview: r.text.overview, deadline: r.deadline }
  })
  expect(stored).toEqual({ natural: 3 * natural + 5, overview: '', deadline: 'government' })
})

test('汇总 offers the stored reports one year at a time', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await page.evaluate(async () => {
    await nianbao.reports.create({ agency: '甲局', year: 2024 })
    await nianbao.reports.create({ agency: '乙局', year: 2023 })
  })
  await page.reload()
  await page.getByTestId('open-aggregate').click()
  // One year at a time is offered: the picker shows 2024's report only.
  await expect(page.getByTestId('report-picks')).toHaveText('甲局')
  await page.getByTestId('aggregate-year').selectOption('2023')
  await expect(page.getByTestId('report-picks')).toHaveText('乙局')
})
