import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { linkedFirst, type PlannedReport } from '../../../src/main/backup/restore'
import { newReport, type Report } from '../../../src/shared/report'
import { useHarness } from '../ipc/harness'

// 从备份恢复 keeps each restored report linked to its own previous year (previousId, the one link
// between reports by id), also when a report's id only turns out to be taken while restoring: the
// report that held it is in the trash (deleted, still restorable), so the backup's report is added
// as a copy under a new id, and the reports linking to it must follow it there.

const harness = useHarness()

describe('restore and the previous-year link', () => {
  it('a report whose id is held by a report in the trash is restored as a copy, and the next year follows it', async () => {
    const h = await harness()
    const last = (await h.call('reports:create', { agency: '某某局', year: 2024 })).value as Report
    await h.call('reports:save', { report: { ...last, cells: { ...last.cells, 't3.carriedForward.natural': 3 } } })
    const current = (await h.call('reports:create', { agency: '某某局', year: 2025 })).value as Report
    await h.call('reports:save', { report: { ...current, previousId: last.id } })
    h.chosen.save = join(h.dir, 'backup.json')
    await h.call('backup:save')
    // Both deleted after the backup: in the trash, their ids still taken.
    await h.call('reports:delete', { id: current.id })
    await h.call('reports:delete', { id: last.id })

    h.chosen.open = h.chosen.save
    const preview = (await h.call('backup:preview')).value
    expect((await h.call('backup:restore', { token: preview.token })).value).toMatchObject({ added: 2, copies: 2 })
    const list = (await h.call('reports:list')).value as { id: string; year: number }[]
    const copyOf = (year: number) => list.find((s) => s.year === year)!
    expect(copyOf(2024).id).not.toBe(last.id)
    const restored = (await h.call('reports:get', { id: copyOf(2025).id })).value as Report
    // Not the id of the 2024 report in the trash: the 2024 report restored beside it.
    expect(restored.previousId).toBe(copyOf(2024).id)
    expect(((await h.call('reports:get', { id: restored.previousId })).value as Report).cells['t3.carriedForward.natural']).toBe(3)
  })

  it('orders a report after the previous year it links to, whatever the order of the backup; a cycle ends', () => {
    const r = (id: string, year: number, previousId: string | null): PlannedReport => ({ action: 'add', report: { ...newReport({ agency: '某局', year, id }), previousId } })
    const plan = [r('c', 2025, 'b'), r('x', 2025, 'gone'), r('b', 2024, 'a'), r('a', 2023, null)]
    expect(linkedFirst(plan).map((p) => p.report.id)).toEqual(['a', 'b', 'c', 'x'])
    const cycle = [r('p', 2024, 'q'), r('q', 2025, 'p')]
    expect(linkedFirst(cycle).map((p) => p.report.id)).toEqual(['q', 'p'])
  })
})
