import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { createReportViaHome, expect, test, uniqueAgency } from './fixtures/editor-app'

// Issue 12, point 1: the clerk moves the title's breaks (标题分行) in 基本信息, and the Word export prints them.

/** The title paragraph of an exported .docx, as its lines (runs after a <w:br/> start a new line). */
function docxTitleLines(path: string): string[] {
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml'])
  const body = xml.slice(xml.indexOf('<w:body>'))
  const title = /<w:p\b[\s\S]*?<\/w:p>/.exec(body)![0]
  return title.split(/<w:br\/>/).map((part) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
}

test('the title breaks the clerk sets in 基本信息 are the Word document\'s title lines', async ({ page, app }) => {
  const agency = uniqueAgency('标题')
  await createReportViaHome(page, agency, 2025)
  await page.getByTestId('nav-info').click()
  const input = page.getByTestId('title-breaks-input')
  const title = `${agency}2025年政府信息公开工作年度报告`
  // Shown: the automatic breaks, which join to the title.
  await expect(input).toHaveValue(/\n/)
  expect((await input.inputValue()).split('\n').join('')).toBe(title)
  await expect(page.getByTestId('title-breaks-origin')).toContainText('自动分行')

  // A changed word is refused, naming the line; the breaks are not used.
  await input.fill(`${agency}\n2025年政务信息公开工作年度报告`)
  await expect(page.getByTestId('title-breaks-problem')).toContainText('第2行的“务信息公开工作年…”与标题不一致')
  await expect(page.getByTestId('title-breaks-origin')).toContainText('未生效')

  const own = [agency, '2025年政府信息公开', '工作年度报告']
  await input.fill(own.join('\n'))
  await expect(page.getByTestId('title-breaks-problem')).toHaveCount(0)
  await expect(page.getByTestId('title-breaks-origin')).toContainText('您设定的分行（导出时使用）')

  const out = join(app.filesDir, `标题分行-${Date.now()}.docx`)
  await app.nextSave(out)
  await page.getByTestId('export').click()
  await page.getByTestId('export-dialog').getByTestId('export-confirm').click()
  await expect(page.getByTestId('export-result')).toContainText('已导出', { timeout: 20_000 })
  expect(existsSync(out)).toBe(true)
  expect(docxTitleLines(out)).toEqual(own)
  await page.getByTestId('export-dialog').getByRole('button', { name: '关闭' }).click()
  await expect(page.getByTestId('export-dialog')).toHaveCount(0)

  // 恢复自动分行 drops them: the automatic breaks are shown again.
  await page.getByTestId('title-breaks-auto').click()
  await expect(page.getByTestId('title-breaks-origin')).toContainText('自动分行')
  expect((await input.inputValue()).split('\n')).not.toEqual(own)
  expect((await input.inputValue()).split('\n').join('')).toBe(title)
})
