// Runs tasks one after another, in the order they were queued: two saves of one report can no
// longer overtake each other while one of them waits for the history file.

export class Serial {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task)
    this.tail = result.catch(() => undefined)
    return result
  }
}
