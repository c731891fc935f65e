import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/main/import'
import { cellsOf } from '../../../src/shared/form'
import type { Report } from '../../../src/shared/report'
import { DEFAULT_TYPOGRAPHY } from '../../../src/shared/settings'
import { renderExport } from '../../../src/main/export'
import { distinct2021Report, fixtureReport } from './reports'

// Export, then read the document back with the importer: every cell and every text unchanged.

/** Text as the document carries it: one paragraph per line, typed indents and outer blank lines dropped. */
const paragraphsOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/^[\s\u3000]+/, '').replace(/\s+$/, ''))
    // Blank lines are not printed (no empty paragraphs in an official document).
    .filter((l) => l !== '')
    .join('\n')
    .trim()

describe.each([
  ['docx', fixtureReport],
  ['docx', distinct2021Report],
  ['html', distinct2021Report],
  ['json', fixtureReport]
] as const)('round trip through %s (%#)', (kind, make: () => Report) => {
  it('imports every cell and text unchanged', async () => {
    const report = make()
    report.cells[cellsOf(report.format)[0].key] = '/'
    const bytes = await renderExport(report, kind, { blankAs: 'zero', typography: DEFAULT_TYPOGRAPHY })
    const { report: back } = await importFile(bytes, `report.${kind}`)
    expect([back.format, back.year, back.agency]).toEqual([report.format, report.year, report.agency])
    for (const info of cellsOf(report.format)) expect(back.cells[info.key], info.key).toEqual(report.cells[info.key])
    for (const key of ['overview', 'problems', 'other'] as const) expect(paragraphsOf(back.text[key]), key).toBe(paragraphsOf(report.text[key]))
  })
})
