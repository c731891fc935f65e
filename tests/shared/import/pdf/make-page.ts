import type { PdfItem, PdfPage, PdfRule } from '../../../../src/shared/import/pdf/types'

// Synthetic PDF pages for the reconstruction tests: text runs placed like a word processor's
// (CJK characters one em wide, digits half an em) and, optionally, a ruled grid.

export function run(text: string, x: number, y: number, size = 10): PdfItem {
  const width = [...text].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 0.5 : 1) * size, 0)
  return { text, x, y, width, size }
}

/** A run centred on x. */
export function centred(text: string, cx: number, y: number, size = 10): PdfItem {
  const r = run(text, 0, y, size)
  return { ...r, x: cx - r.width / 2 }
}

/** The borders of a grid: column edges and row edges, every cell closed. */
export function grid(xs: readonly number[], ys: readonly number[]): PdfRule[] {
  return [
    ...ys.map((y) => ({ x0: xs[0], y0: y, x1: xs.at(-1)!, y1: y })),
    ...xs.map((x) => ({ x0: x, y0: ys[0], x1: x, y1: ys.at(-1)! }))
  ]
}

export function page(items: PdfItem[], rules: PdfRule[] = [], number = 1): PdfPage {
  return { number, width: 595, height: 842, items, rules }
}
