import { availableParallelism } from 'node:os'

// Runs many files through the import workers a few at a time: each file still has its own worker
// with its time and memory limits (isolated.ts), and a machine with two cores is not flooded.

export function defaultConcurrency(): number {
  return Math.max(1, Math.min(4, availableParallelism()))
}

/** Maps items with at most `concurrency` in flight; results keep the items' order. */
export async function runPool<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>, onDone?: (result: R, index: number) => void): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i], i)
      onDone?.(results[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane))
  return results
}
