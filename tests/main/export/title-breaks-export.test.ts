import { describe, expect, it } from 'vitest'
import { renderExport } from '../../../src/main/export'
import { DEFAULT_TYPOGRAPHY } from '../../../src/shared/settings'
import type { Report } from '../../../src/shared/report'
import { all, bodyParagraphs, openDocx } from './docx-reader'
import { fixtureReport } from './reports'

// The clerk's title breaks (标题分行) in the Word and web/PDF exports: used when they join to the
// title, ignored (automatic breaks) when they do not.

const opts = { blankAs: 'zero' as const, typography: DEFAULT_TYPOGRAPHY }

/** The title paragraph's lines: its runs' text, cut where a run starts with a line break. */
async function docxTitleLines(report: Report): Promise<string[]> {
  const title = bodyParagraphs(openDocx(await renderExport(report, 'docx', opts)).xml('word/document.xml'))[0].p
  const lines: string[] = []
  for (const r of all(title, 'r')) {
    if (all(r, 'br').length > 0 || lines.length === 0) lines.push('')
    lines[lines.length - 1] += all(r, 't').map((t) => t.textContent ?? '').join('')
  }
  return lines
}

async function htmlTitleLines(report: Report): Promise<string[]> {
  const page = new TextDecoder().decode(await renderExport(report, 'html', opts))
  return [...page.matchAll(/<span class="title-line">([^<]*)<\/span>/g)].map((m) => m[1])
}

const OWN = ['嘉兴市住房和城乡', '建设局2020年政府信息', '公开工作年度报告']

describe('title breaks the clerk set, in the exports', () => {
  it('Word and the web page print the automatic breaks without an override', async () => {
    const auto = await docxTitleLines(fixtureReport())
    expect(auto).toEqual(['嘉兴市住房和城乡建设局', '2020年政府信息公开工作年度报告'])
    expect(await htmlTitleLines(fixtureReport())).toEqual(auto)
  })

  it('Word and the web page (and so the PDF) print the clerk\'s breaks', async () => {
    const report = { ...fixtureReport(), titleBreaks: OWN }
    expect(await docxTitleLines(report)).toEqual(OWN)
    expect(await htmlTitleLines(report)).toEqual(OWN)
  })

  it('ignores breaks that no longer join to the title (agency renamed) and breaks it automatically', async () => {
    const report = { ...fixtureReport(), agency: '嘉兴市住房和城乡建设厅', titleBreaks: OWN }
    const expected = ['嘉兴市住房和城乡建设厅', '2020年政府信息公开工作年度报告']
    expect(await docxTitleLines(report)).toEqual(expected)
    expect(await htmlTitleLines(report)).toEqual(expected)
  })
})
