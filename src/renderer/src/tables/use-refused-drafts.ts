import { useCallback, useRef, useState } from 'react'

// Text a cell refused when the focus left it ("五个" in a count cell): shown in its cell with the
// error, never stored, picked up again when the cursor returns (Escape drops it). The store is the
// editor's, so the text outlives a switch of section; closing the window stores it as text (C6).

export interface Refused {
  draft: string
  error: string
}

export function useRefusedDrafts(store: Map<string, Refused>) {
  const [refused, setRefused] = useState<ReadonlyMap<string, Refused>>(() => new Map(store))
  /** The current map for event handlers (updated at once, before React renders). */
  const current = useRef(refused)
  const update = useCallback(
    (change: (m: Map<string, Refused>) => void) => {
      const next = new Map(current.current)
      change(next)
      store.clear()
      for (const [k, v] of next) store.set(k, v)
      current.current = next
      setRefused(next)
    },
    [store]
  )
  return { refused, current, update }
}
