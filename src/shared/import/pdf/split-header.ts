import type { Box } from './boxes'
import type { Cell } from './cells'
import { joinRuns } from './lines'

// Word and LibreOffice let a table row break across a page (Word's default): a header row cut
// at the foot of a page leaves "自" and "总" below the last rule there and "然人", "计" above the
// first rule of the next page. The two halves are one header: the next page's part is moved up
// under this page's, and cells whose borders line up on both sides of the break are joined
// ("自" + "然人" = "自然人"). Ruled tables only: without borders the halves cannot be matched.

const EDGE = 1.5

const lined = (a: Box, b: Box) => Math.abs(a.x0 - b.x0) < EDGE && Math.abs(a.x1 - b.x1) < EDGE
const squash = (t: string) => t.replace(/\s+/g, '')

/** Header cells after the page's last value (all of them when it has none). */
function trailingHeader(cells: readonly Cell[]): Cell[] {
  const lastValue = Math.max(-Infinity, ...cells.filter((c) => c.value).map((c) => c.bottom))
  return cells.filter((c) => !c.value && c.top > lastValue)
}

/** Header cells before the page's first value. */
function leadingHeader(cells: readonly Cell[]): Cell[] {
  const firstValue = Math.min(Infinity, ...cells.filter((c) => c.value).map((c) => c.top))
  return cells.filter((c) => !c.value && c.bottom < firstValue)
}

/** The table's pages with every header cut by a page break made whole on the page it began on. */
export function joinSplitHeaders(pages: readonly Cell[][]): Cell[][] {
  const out = pages.map((cells) => cells.map((c) => ({ ...c })))
  for (let p = 0; p + 1 < out.length; p++) {
    const tail = trailingHeader(out[p])
    const head = leadingHeader(out[p + 1])
    if (tail.length === 0 || head.length === 0 || ![...tail, ...head].every((c) => c.box)) continue
    // A header repeated on the next page is not a continuation.
    const tailTexts = new Set(tail.map((c) => squash(c.text)))
    if (head.some((c) => tailTexts.has(squash(c.text)))) continue
    const bottom = Math.max(...tail.map((c) => c.box!.y1))
    const top = Math.min(...head.map((c) => c.box!.y0))
    const pairs = head.flatMap((h) => {
      if (Math.abs(h.box!.y0 - top) >= EDGE) return []
      const t = tail.find((c) => Math.abs(c.box!.y1 - bottom) < EDGE && lined(c.box!, h.box!))
      return t ? [{ t, h }] : []
    })
    if (pairs.length === 0) continue
    const dy = bottom - top
    for (const h of head) {
      const moved: Cell = { ...h, top: h.top + dy, bottom: h.bottom + dy, box: { ...h.box!, y0: h.box!.y0 + dy, y1: h.box!.y1 + dy } }
      const pair = pairs.find((x) => x.h === h)
      if (pair) {
        const t = pair.t
        t.text = joinRuns(t.text, moved.text, 0, t.size)
        t.bottom = moved.bottom
        t.x0 = Math.min(t.x0, moved.x0)
        t.x1 = Math.max(t.x1, moved.x1)
        t.box = { ...t.box!, y1: moved.box!.y1 }
      } else out[p].push(moved)
    }
    out[p + 1] = out[p + 1].filter((c) => !head.includes(c))
  }
  return out
}
