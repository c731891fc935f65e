import { createReportViaHome, expect, ruleItem, showT3, test, typeInto, uniqueAgency } from './fixtures/editor-app'

// The text sections: sub-headings inserted, a length count, and the text warnings (T1, S1, S3)
// marked on the words themselves, with the panel jumping to them.

test('一、总体情况: sub-headings insert, the length is counted, a count contradicting 三 is marked in the text (T1)', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('正文'), 2025)
  // 三: 20 new applications in all (natural persons 20, the rest 0).
  await showT3(page)
  await typeInto(page, 't3.new.natural', '20')
  for (const col of ['commercial', 'research', 'nonprofit', 'legal', 'otherOrg']) await typeInto(page, `t3.new.${col}`, '0')
  await typeInto(page, 't3.new.total', '20')

  await page.getByTestId('nav-overview').click()
  const area = page.locator('[data-text=overview]')
  await expect(area).toBeVisible()
  await page.getByTestId('insert-subheading').filter({ hasText: '依申请公开' }).click()
  await expect(area).toHaveValue(/（二）依申请公开\n/)
  await area.press('End')
  await page.keyboard.type('全年共收到政府信息公开申请25件，均按期答复。')
  const text = await area.inputValue()
  // Characters without spaces and line breaks, as offices count a report's length.
  await expect(page.getByTestId('text-length')).toHaveText(`共 ${text.replace(/\s/g, '').length} 字`)

  // The text says 25, the table says 20: T1, marked on the words and listed in the panel.
  const t1 = ruleItem(page, 'T1')
  await expect(t1).toHaveCount(1)
  await expect(t1).toContainText('25')
  await expect(t1).toContainText('20')
  await expect(page.getByTestId('text-overview').locator('mark')).toContainText('25')

  // The panel item selects the words in the text.
  await page.getByTestId('nav-t3').click()
  await t1.locator('.warning-main').click()
  await expect(area).toBeFocused()
  const selected = await area.evaluate((el: any) => el.value.slice(el.selectionStart, el.selectionEnd) as string)
  expect(selected).toContain('25')
  expect(text).toContain(selected)

  // Correcting the number in the text clears it.
  await area.fill(text.replace('25件', '20件'))
  await expect(ruleItem(page, 'T1')).toHaveCount(0)
})

test('五 left empty is S1; writing it clears the warning; a stale year in 六 is S3', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('年份'), 2025)
  await expect(ruleItem(page, 'S1')).toHaveCount(1)
  await page.getByTestId('nav-problems').click()
  await page.locator('[data-text=problems]').fill('一是政策解读形式较为单一，下一步将增加图解、视频等解读形式。')
  await expect(ruleItem(page, 'S1')).toHaveCount(0)

  await page.getByTestId('nav-other').click()
  await page.locator('[data-text=other]').fill('2023年，本机关未收取信息处理费。')
  const s3 = ruleItem(page, 'S3')
  await expect(s3).toHaveCount(1)
  await expect(s3).toContainText('2023年')
  await expect(page.getByTestId('text-other').locator('mark')).toContainText('2023')
})

test('Ctrl+Z in a text section takes back the last sentence, not the whole paragraph typed in one go', async ({ page, app }) => {
  expect(app.url).toBeTruthy()
  await createReportViaHome(page, uniqueAgency('撤销正文'), 2025)
  await page.getByTestId('nav-problems').click()
  const area = page.locator('[data-text=problems]')
  await area.click()
  await page.keyboard.type('一是政策解读形式单一。')
  await page.keyboard.type('二是答复质量有待提高。')
  await page.keyboard.press('Control+z')
  await expect(area).toHaveValue('一是政策解读形式单一。')
  await page.keyboard.press('Control+y')
  await expect(area).toHaveValue('一是政策解读形式单一。二是答复质量有待提高。')
})
