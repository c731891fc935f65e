import { describe, expect, it } from 'vitest'
import { buildApi, type Transport } from '../../../src/preload/build-api'
import { CHANNELS, type Channel } from '../../../src/shared/ipc'

/** A transport that records every call and answers from a table. */
function recording(answer: (channel: Channel, payload: unknown) => unknown) {
  const calls: [Channel, unknown][] = []
  const listeners = new Map<string, (payload: never) => void>()
  const transport: Transport = {
    invoke: async (channel, payload) => {
      calls.push([channel, payload])
      return answer(channel, payload) as never
    },
    subscribe: (event, listener) => {
      listeners.set(event, listener as (payload: never) => void)
      return () => listeners.delete(event)
    }
  }
  const emit = (event: string, payload: unknown) => listeners.get(event)?.(payload as never)
  return { calls, transport, emit }
}

describe('window.nianbao built from the contract', () => {
  it('maps every verb to its channel with the contract request shape', async () => {
    const { calls, transport, emit } = recording(() => ({ ok: true, value: 'v' }))
    const api = buildApi(transport)
    const report = { id: 'r' } as never
    await api.reports.list()
    await api.reports.get('a')
    await api.reports.create({ agency: '局', year: 2024 })
    await api.reports.open('a')
    await api.reports.save(report)
    await api.reports.save(report, { editor: 'e', seq: 1, baseRevision: 0 })
    await api.reports.duplicate('a')
    await api.reports.delete('a')
    await api.reports.undoDelete('t')
    await api.reports.snapshots('a')
    await api.reports.restoreSnapshot('a', 's')
    await api.files.importPreview()
    await api.files.importConfirm({ token: 't', mode: 'as-is' })
    await api.files.export({ id: 'a', kind: 'docx', blankAs: 'zero' })
    await api.files.takeOpened()
    await api.files.openExported({ openToken: 't', target: 'folder' })
    await api.files.exportImage({ name: '图', pngBase64: 'iVBORw0K' })
    await api.settings.get()
    await api.settings.set({} as never)
    await api.storage.status()
    await api.aggregate.departments()
    await api.aggregate.setDepartments(['甲局'])
    await api.aggregate.fromReports(['a'])
    await api.aggregate.fromFolder()
    await api.aggregate.save({ token: 't', agency: '某县' })
    await api.aggregate.folderYear({ folder: 'f', year: 2022, includeUnknown: true })
    await api.folderCheck.start()
    await api.folderCheck.progress('j', 3)
    await api.storage.location()
    await api.print.document({ id: 'a', blankAs: 'slash' })
    await api.backup.save()
    await api.backup.preview()
    await api.backup.restore('t')
    // app:closeReady is the answer to app:closing, sent once every closing handler has finished.
    const order: string[] = []
    api.app.onClosing(async () => {
      await new Promise((r) => setTimeout(r, 10))
      order.push('saved')
    })
    emit('app:closing', { token: 'k' })
    await expect.poll(() => calls.some(([c]) => c === 'app:closeReady')).toBe(true)
    expect(order).toEqual(['saved'])
    expect([...new Set(calls.map(([c]) => c))].sort()).toEqual([...CHANNELS].sort())
    expect(calls).toContainEqual(['app:closeReady', { token: 'k' }])
    expect(calls).toContainEqual(['reports:get', { id: 'a' }])
    expect(calls).toContainEqual(['aggregate:setDepartments', { departments: ['甲局'] }])
    expect(calls).toContainEqual(['folderCheck:progress', { jobId: 'j', from: 3 }])
    expect(calls).toContainEqual(['aggregate:folderYear', { folder: 'f', year: 2022, includeUnknown: true }])
    expect(calls).toContainEqual(['reports:save', { report }])
    expect(calls).toContainEqual(['reports:save', { report, order: { editor: 'e', seq: 1, baseRevision: 0 } }])
    expect(calls).toContainEqual(['reports:open', { id: 'a' }])
    expect(calls).toContainEqual(['reports:restoreSnapshot', { id: 'a', snapshotId: 's' }])
    expect(calls).toContainEqual(['reports:list', undefined])
    expect(calls).toContainEqual(['files:exportImage', { name: '图', pngBase64: 'iVBORw0K' }])
    expect(calls).toContainEqual(['print:document', { id: 'a', blankAs: 'slash' }])
    expect(calls).toContainEqual(['files:openExported', { openToken: 't', target: 'folder' }])
    expect(calls).toContainEqual(['backup:restore', { token: 't' }])
  })

  it('unwraps values and rejects typed errors with code and Chinese message', async () => {
    const { transport } = recording((channel) =>
      channel === 'reports:get' ? { ok: false, error: { code: 'not-found', message: '找不到这份报告' } } : { ok: true, value: [1] }
    )
    const api = buildApi(transport)
    expect(await api.reports.list()).toEqual([1])
    await expect(api.reports.get('x')).rejects.toMatchObject({ code: 'not-found', message: '找不到这份报告' })
    const plain = buildApi(transport, (code, message) => ({ code, message, toString: () => message }))
    const err = await plain.reports.get('x').catch((e: unknown) => e)
    expect(String(err)).toBe('找不到这份报告')
  })

  it('a broken transport becomes an internal error, not an unhandled crash', async () => {
    const api = buildApi({ invoke: async () => Promise.reject(new Error('socket closed')), subscribe: () => () => {} })
    await expect(api.reports.list()).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('socket closed') })
  })
})
