import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORMATS, tableLayout } from '../../../src/shared/form'
import { DEFAULT_TYPOGRAPHY } from '../../../src/shared/settings'
import { renderExport, type HtmlPdfPrinter } from '../../../src/main/export'
import { cellText } from '../../../src/main/export/cell-text'
import { withChromiumPrinter } from '../../helpers/chromium-pdf'
import { fixtureReport } from './reports'

// The PDF export of the seed report, printed by Chromium as the app prints it: A4, and every value
// readable in its text layer, row by row in the order of the form.

const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'))
let pdfPath = ''
let release: () => void = () => {}

beforeAll(async () => {
  let printer: HtmlPdfPrinter | undefined
  const ready = new Promise<void>((resolve) => {
    void withChromiumPrinter(async (print) => {
      printer = print
      resolve()
      await new Promise<void>((done) => (release = done))
    })
  })
  await ready
  const bytes = await renderExport(fixtureReport(), 'pdf', { blankAs: 'zero', typography: DEFAULT_TYPOGRAPHY, printPdf: printer })
  pdfPath = join(dir, 'report.pdf')
  writeFileSync(pdfPath, bytes)
}, 60_000)

afterAll(() => release())

describe('PDF export', () => {
  it('prints on A4 with "— N —" page numbers', () => {
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/)
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1])
    expect(pages).toBeGreaterThan(1)
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`—\\s*${n}\\s*—`))
  })

  it('has every cell of the three tables in its text layer, row by row', () => {
    const report = fixtureReport()
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
    const lines = text.split('\n')
    let rows = 0
    for (const def of Object.values(FORMATS[report.format].tables)) {
      for (const row of tableLayout(def).rows) {
        const values = row.cells.filter((c) => c.kind === 'value').map((c) => cellText(report.cells[c.cellKey!], 'zero'))
        if (values.length === 0) continue
        const pattern = new RegExp(`(^|\\s)${values.map((v) => v.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s+')}(\\s|$)`)
        expect(lines.some((l) => pattern.test(l)), `${def.id} ${row.cells[row.cells.length - 1].cellKey}: ${values.join(' ')}`).toBe(true)
        rows++
      }
    }
    expect(rows).toBe(32) // 二 8, 三 22, 四 2 rows of values in the 2019 format
    // Labels are in the text layer too (pdftotext may split a wrapped label over lines).
    const flat = text.replace(/\s+/g, '')
    for (const label of ['申请人情况', '法人或其他组织', '行政复议', '第二十条第（一）项']) expect(flat).toContain(label)
  })

  it('is refused in plain Chinese where no printer is available', async () => {
    await expect(renderExport(fixtureReport(), 'pdf', { blankAs: 'zero', typography: DEFAULT_TYPOGRAPHY })).rejects.toThrow(/无法生成 PDF/)
  })
})
