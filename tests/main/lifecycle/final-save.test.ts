import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FinalSaves } from '../../../src/main/lifecycle/final-save'

// The wait for the page's last save: answered, or given up after the limit, never forever.

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('FinalSaves', () => {
  it('resolves when the page answers with the token it was sent', async () => {
    const saves = new FinalSaves(3000)
    let sent = ''
    const outcome = saves.request((token) => (sent = token))
    expect(saves.acknowledge('made-up')).toBe(false)
    expect(saves.acknowledge(sent)).toBe(true)
    await expect(outcome).resolves.toBe('acknowledged')
    // A repeated (or late) answer is nobody's.
    expect(saves.acknowledge(sent)).toBe(false)
  })

  it('gives up after its limit when the page never answers', async () => {
    const saves = new FinalSaves(3000)
    let sent = ''
    let outcome: string | null = null
    void saves.request((token) => (sent = token)).then((o) => (outcome = o))
    await vi.advanceTimersByTimeAsync(2999)
    expect(outcome).toBeNull()
    await vi.advanceTimersByTimeAsync(1)
    expect(outcome).toBe('timed-out')
    expect(saves.acknowledge(sent)).toBe(false)
  })

  it('does not wait for a page that is already gone', async () => {
    const saves = new FinalSaves(3000)
    await expect(
      saves.request(() => {
        throw new Error('Object has been destroyed')
      })
    ).resolves.toBe('unreachable')
  })

  it('gives each request its own token', async () => {
    const saves = new FinalSaves(3000)
    const tokens: string[] = []
    const a = saves.request((t) => tokens.push(t))
    const b = saves.request((t) => tokens.push(t))
    expect(new Set(tokens).size).toBe(2)
    saves.acknowledge(tokens[1])
    await expect(b).resolves.toBe('acknowledged')
    saves.acknowledge(tokens[0])
    await expect(a).resolves.toBe('acknowledged')
  })
})
