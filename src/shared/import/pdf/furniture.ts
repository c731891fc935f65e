import type { PdfLine } from './lines'

// Page furniture: page numbers ("— 3 —", "- 3 -", "第3页", "3/7") and running heads or feet
// (the same line at the same place on several pages). They are not part of the report's text.

const PAGE_NUMBER = [
  /^[-—–－_\s]*\d{1,3}[-—–－_\s]*$/,
  /^第\s*\d{1,3}\s*页(?:\s*[,，、/]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^(?:page\s*)?\d{1,3}\s*(?:of|\/)\s*\d{1,3}$/i
]

/** Share of the page height at the top and at the bottom where headers and footers sit. */
const MARGIN = 0.12

export function isPageNumber(text: string): boolean {
  const s = text.trim()
  return PAGE_NUMBER.some((re) => re.test(s))
}

/** The lines without page numbers and running heads; `heights` maps page number to its height. */
export function withoutFurniture(lines: readonly PdfLine[], heights: ReadonlyMap<number, number>): PdfLine[] {
  const inMargin = (l: PdfLine) => {
    const h = heights.get(l.page) ?? 842
    return l.y < h * MARGIN || l.y > h * (1 - MARGIN)
  }
  // A running head repeats with its page number changed: compare with digits blanked.
  const key = (l: PdfLine) => `${Math.round(l.y / 4)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, '')}`
  const pagesOf = new Map<string, Set<number>>()
  for (const l of lines) {
    if (!inMargin(l)) continue
    const k = key(l)
    if (!pagesOf.has(k)) pagesOf.set(k, new Set())
    pagesOf.get(k)!.add(l.page)
  }
  // A page number is at the very top or bottom of its page: a lone value inside a table is not one.
  const edge = new Set<PdfLine>()
  for (const page of heights.keys()) {
    const on = lines.filter((l) => l.page === page)
    for (const l of [...on.slice(0, 2), ...on.slice(-2)]) edge.add(l)
  }
  return lines.filter((l) => !(inMargin(l) && ((edge.has(l) && isPageNumber(l.text)) || (pagesOf.get(key(l))?.size ?? 0) >= 2)))
}
