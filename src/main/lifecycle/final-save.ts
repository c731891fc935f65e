import { randomUUID } from 'node:crypto'

// The page's last save before its window closes: the main process asks (app:closing, with a fresh
// token), and the page answers app:closeReady with that token once its save is done. The wait is
// short and bounded: a hung or crashed page must not keep the app from closing.

export type FinalSaveOutcome = 'acknowledged' | 'timed-out' | 'unreachable'

/** Long enough for a save of any report (they take milliseconds), short enough for a user waiting. */
export const FINAL_SAVE_LIMIT_MS = 3000

export class FinalSaves {
  private readonly waiting = new Map<string, () => void>()

  constructor(private readonly limitMs = FINAL_SAVE_LIMIT_MS) {}

  /** Asks the page (ask sends the token) and resolves when it answers or the limit passes. */
  request(ask: (token: string) => void): Promise<FinalSaveOutcome> {
    const token = randomUUID()
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting.delete(token)
        resolve('timed-out')
      }, this.limitMs)
      this.waiting.set(token, () => {
        clearTimeout(timer)
        this.waiting.delete(token)
        resolve('acknowledged')
      })
      try {
        ask(token)
      } catch {
        // The page is already gone: nothing to wait for.
        clearTimeout(timer)
        this.waiting.delete(token)
        resolve('unreachable')
      }
    })
  }

  /** The page's answer; false for a token nobody waits for (late, repeated or made up). */
  acknowledge(token: string): boolean {
    const done = this.waiting.get(token)
    done?.()
    return done !== undefined
  }
}
