import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderExport } from '../../../src/main/export'
import { importFile } from '../../../src/main/import'
import { applyCellEdit, type Report } from '../../../src/shared/report'
import { useHarness } from './harness'

// The app's own path: a report with 自动合计 totals exported as an exchange file (files:export, the
// real writer) and imported back (files:importPreview/importConfirm, the real importer) keeps its
// computed totals computed, and a typed total typed.

const harness = useHarness()

describe('exchange file round trip through the handlers: computed totals', () => {
  it('export as .json, import as-is: the same totals computed, the typed one still typed', async () => {
    const h = await harness({ renderExport, importFile: (bytes, name) => importFile(bytes, name) })
    const created = (await h.call('reports:create', { agency: '某某局', year: 2025 })).value as Report
    let { cells, computed } = applyCellEdit(created.format, created.cells, [], { 't3.granted.natural': 5, 't3.granted.commercial': 2 })
    ;({ cells, computed } = applyCellEdit(created.format, cells, computed, { 't4.review.upheld': 2, 't4.review.total': 3 }))
    await h.call('reports:save', { report: { ...created, cells, computed: [...computed] } })

    h.chosen.save = join(h.dir, '某某局2025.json')
    expect((await h.call('files:export', { id: created.id, kind: 'json', blankAs: 'zero' })).value).toMatchObject({ saved: true })
    await h.call('reports:delete', { id: created.id })

    h.chosen.open = h.chosen.save
    const preview = (await h.call('files:importPreview')).value
    const back = (await h.call('files:importConfirm', { token: preview.token, mode: 'as-is' })).value as Report
    expect(back.id).not.toBe(created.id)
    expect(back.computed).toEqual([...computed])
    expect(back.computed).toContain('t3.granted.total')
    expect(back.computed).not.toContain('t4.review.total')
    expect(back.cells['t4.review.total']).toBe(3)
  })
})
