import { describe, expect, it, vi } from 'vitest'
import { PendingEdits } from '../../../src/renderer/src/state/pending-edits'

describe('pending edits committed before the final save', () => {
  it('commits every registered edit, and no longer one that was removed', () => {
    const edits = new PendingEdits()
    const a = vi.fn()
    const b = vi.fn()
    edits.register(a)
    const removeB = edits.register(b)
    edits.commitAll()
    expect(a).toHaveBeenCalledTimes(1)
    expect(b).toHaveBeenCalledTimes(1)
    removeB()
    edits.commitAll()
    expect(a).toHaveBeenCalledTimes(2)
    expect(b).toHaveBeenCalledTimes(1)
  })

  it('one failing committer does not stop the others', () => {
    const edits = new PendingEdits()
    const after = vi.fn()
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    edits.register(() => {
      throw new Error('boom')
    })
    edits.register(after)
    edits.commitAll()
    expect(after).toHaveBeenCalledTimes(1)
    spy.mockRestore()
  })
})
