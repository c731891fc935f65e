import { describe, expect, it } from 'vitest'
import { openStorage, StorageError } from '../../../src/main/storage/storage'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings'
import { useTempDirs } from './temp-dir'

// A write that comes after storage has closed (a save arriving as the app quits) is refused with a
// typed error the caller sees, never accepted and then lost with the process.

const tempDir = useTempDirs()

async function closedCode(p: Promise<unknown>): Promise<string | null> {
  try {
    await p
    return null
  } catch (e) {
    return e instanceof StorageError ? e.code : `not a StorageError: ${String(e)}`
  }
}

describe('storage after close', () => {
  it('refuses every kind of write with the typed error "closed"', async () => {
    const s = await openStorage({ dir: tempDir() })
    const r = await s.create({ agency: '某市司法局', year: 2024 })
    const { undoToken } = await s.delete((await s.create({ agency: '乙', year: 2023 })).id)
    await s.close()
    const writes: Record<string, () => Promise<unknown>> = {
      save: () => s.save({ ...r, agency: '改过' }),
      create: () => s.create({ agency: '丙', year: 2024 }),
      duplicate: () => s.duplicate(r.id),
      delete: () => s.delete(r.id),
      undoDelete: () => s.undoDelete(undoToken),
      replace: () => s.replace(r.id, r),
      setSettings: () => s.setSettings(DEFAULT_SETTINGS),
      setWindowState: () => s.setWindowState({ width: 1000, height: 700, maximized: false })
    }
    for (const [name, write] of Object.entries(writes)) expect(await closedCode(write()), name).toBe('closed')
    await expect(s.save(r)).rejects.toThrow(/正在退出/)
  })

  it('stores a save that races the close, or refuses it: never answers ok and loses it', async () => {
    for (let i = 0; i < 10; i++) {
      const dir = tempDir()
      // Every save takes a snapshot first (interval 0): the window in which close can overtake it.
      const s = await openStorage({ dir, snapshotIntervalMs: 0 })
      const r = await s.create({ agency: '某市司法局', year: 2024 })
      const saving = s.save({ ...r, agency: `改过${i}` }).then(
        () => 'stored',
        (e) => (e instanceof StorageError ? e.code : 'other')
      )
      await s.close()
      const outcome = await saving
      const again = await openStorage({ dir })
      const agency = again.get(r.id).agency
      await again.close()
      expect(['stored', 'closed']).toContain(outcome)
      if (outcome === 'stored') expect(agency).toBe(`改过${i}`)
    }
  })
})
