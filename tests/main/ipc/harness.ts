import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { HandlerDeps } from '../../../src/main/ipc/deps'
import { createDispatch } from '../../../src/main/ipc/dispatch'
import { openStorage, type Storage } from '../../../src/main/storage/storage'
import { ImportError } from '../../../src/shared/import/types'
import type { Channel } from '../../../src/shared/ipc'

export const TRUSTED = { trusted: true }

/** A dispatcher over a real storage in a temp folder, with fake dialogs, importer and exporter. */
export function useHarness() {
  const cleanups: (() => Promise<void>)[] = []
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c()
  })
  return async (overrides: Partial<HandlerDeps> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-ipc-'))
    const storage: Storage = await openStorage({ dir })
    const chosen: { open: string | null; save: string | null } = { open: null, save: null }
    const deps: HandlerDeps = {
      storage,
      dialogs: { chooseOpenPath: async () => chosen.open, chooseSavePath: async () => chosen.save },
      importFile: async () => {
        throw new ImportError('无法识别的文件')
      },
      renderExport: async (report, kind) => new TextEncoder().encode(`${kind}:${report.agency}`),
      templateFromLastYear: (last) => ({ ...last, year: last.year + 1 }),
      ...overrides
    }
    const dispatch = createDispatch(deps, { isTrustedSender: (s) => s === TRUSTED })
    cleanups.push(async () => {
      await storage.close()
      rmSync(dir, { recursive: true, force: true })
    })
    const callAs = <C extends Channel>(sender: unknown, channel: C | string, payload?: unknown) =>
      dispatch(channel, payload, sender) as Promise<any>
    const call = <C extends Channel>(channel: C | string, payload?: unknown) => callAs(TRUSTED, channel, payload)
    return { dir, storage, chosen, call, callAs }
  }
}
