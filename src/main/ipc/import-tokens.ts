import type { ImportResult } from '../../shared/import/types'

// An import (or backup) preview waits here until the user confirms it; the token is good for one use.

const TTL_MS = 60 * 60_000
const MAX_PENDING = 20

export class ImportTokens<T = ImportResult> {
  private readonly pending = new Map<string, { result: T; at: number }>()

  constructor(private readonly now: () => number = Date.now) {}

  add(result: T): string {
    this.prune()
    const token = crypto.randomUUID()
    this.pending.set(token, { result, at: this.now() })
    return token
  }

  get(token: string): T | undefined {
    this.prune()
    return this.pending.get(token)?.result
  }

  consume(token: string): void {
    this.pending.delete(token)
  }

  private prune(): void {
    for (const [token, { at }] of this.pending) if (this.now() - at > TTL_MS) this.pending.delete(token)
    while (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value as string)
  }
}
