import { basename } from 'node:path'

// Files the system asked the app to open (a double-clicked report, a second launch with a file),
// waiting until the page takes them with files:takeOpened. A queue, not an event payload: at first
// launch the path arrives before the page has loaded and could listen.

const MAX_WAITING = 5

export class OpenedFiles {
  private readonly waiting: string[] = []
  private readonly listeners = new Set<(fileName: string) => void>()

  /** Queues a path (from argv or the OS, never from the page) and tells whoever listens. */
  add(path: string): void {
    this.waiting.push(path)
    // A burst of launches keeps the latest few; older ones are dropped, not read.
    while (this.waiting.length > MAX_WAITING) this.waiting.shift()
    for (const listener of this.listeners) listener(basename(path))
  }

  take(): string | null {
    return this.waiting.shift() ?? null
  }

  onAdded(listener: (fileName: string) => void): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
}
