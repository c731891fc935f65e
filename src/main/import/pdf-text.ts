import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { PdfItem, PdfPage, PdfRule } from '../../shared/import/pdf/types'
import { ImportError } from '../../shared/import/types'

// The only file that knows pdf.js: a PDF's bytes to its pages of positioned horizontal text and
// ruling lines (table borders). The legacy build is the one that runs in plain Node (no DOM).

/** A report has a few pages; a file with hundreds is something else and would only cost time. */
const MAX_PAGES = 200

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type Matrix = [number, number, number, number, number, number]
let loaded: Promise<PdfJs> | undefined

/**
 * pdf.js's legacy build installs core-js polyfills on load; on Node 20 some replace working
 * built-ins (Array.prototype.push, JSON.parse/stringify) with far slower versions for the whole
 * process. Put the native ones back: pdf.js needs none of the edge cases they fix.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const push = Array.prototype.push
  const { parse, stringify } = JSON
  try {
    const lib = await import('pdfjs-dist/legacy/build/pdf.mjs')
    // Loaded here, pdf.js runs its parser in this thread instead of importing it at first use.
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    return lib
  } finally {
    Object.defineProperty(Array.prototype, 'push', { value: push, writable: true, configurable: true, enumerable: false })
    Object.assign(JSON, { parse, stringify })
  }
}

function assetDir(name: string): string {
  // Predefined CMaps are needed for PDFs whose Chinese fonts are not embedded (Word's default).
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return join(root, name) + '/'
}

export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const lib = await (loaded ??= loadPdfJs())
  const task = lib.getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0
  })
  try {
    const doc = await task.promise.catch((e: unknown) => {
      if ((e as { name?: string })?.name === 'PasswordException') {
        throw new ImportError('PDF文件设置了打开密码，无法读取。请使用未加密的PDF，或年度报告的Word文件')
      }
      throw new ImportError(`无法读取该PDF文件（可能已损坏：${(e as Error)?.message ?? String(e)}）。请使用年度报告的Word文件，或重新另存为PDF后再导入`)
    })
    if (doc.numPages > MAX_PAGES) throw new ImportError(`PDF文件有${doc.numPages}页，远多于年度报告的篇幅，请确认选择的文件`)
    const pages: PdfPage[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const viewport = page.getViewport({ scale: 1 })
      const view = viewport.transform as Matrix
      const items: PdfItem[] = []
      for (const it of (await page.getTextContent()).items) {
        if (!('str' in it) || it.str.trim() === '') continue
        const [a, b, c, d, e, f] = lib.Util.transform(view, it.transform) as Matrix
        const size = Math.hypot(c, d)
        // Rotated or mirrored text is not part of a report's tables or paragraphs.
        if (Math.abs(b) > 0.01 * size || Math.abs(c) > 0.01 * size || a <= 0 || size <= 0) continue
        items.push({ text: it.str, x: e, y: f, width: it.width, size })
      }
      // Ruling lines only matter on pages with text; a scanned page would only cost time.
      const rules = items.length > 0 ? pageRules(lib, await page.getOperatorList(), view) : []
      pages.push({ number: n, width: viewport.width, height: viewport.height, items, rules })
      page.cleanup()
    }
    return pages
  } finally {
    await task.destroy()
  }
}

const MAX_RULES = 20_000
/** Thicker than this, a filled rectangle is a shaded area, not a line. */
const LINE_THICKNESS = 3

/** Straight horizontal and vertical lines drawn by stroking or by filling thin rectangles. */
function pageRules(lib: PdfJs, ops: { fnArray: number[]; argsArray: unknown[][] }, view: Matrix): PdfRule[] {
  const { OPS, Util } = lib
  const paints = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke])
  const strokes = new Set([OPS.stroke, OPS.closeStroke])
  const stack: Matrix[] = []
  let ctm: Matrix = view
  const rules: PdfRule[] = []
  for (let i = 0; i < ops.fnArray.length && rules.length < MAX_RULES; i++) {
    const fn = ops.fnArray[i]
    const args = ops.argsArray[i]
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm)
      const m = fn === OPS.paintFormXObjectBegin ? (args?.[0] as Matrix | null) : null
      if (m) ctm = Util.transform(ctm, m) as Matrix
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? view
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as Matrix) as Matrix
    else if (fn === OPS.constructPath && paints.has(args[0] as number)) {
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0]
      if (data) addPathRules(data, ctm, strokes.has(args[0] as number), rules)
    }
  }
  return rules
}

/** Walks pdf.js's path data (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function addPathRules(data: ArrayLike<number>, m: Matrix, stroked: boolean, out: PdfRule[]): void {
  const pt = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
  let sub: [number, number][] = []
  const flush = () => {
    if (stroked) for (let k = 1; k < sub.length; k++) addSegment(sub[k - 1], sub[k], out)
    else if (sub.length >= 4 && sub.length <= 5) addThinRect(sub, out)
    sub = []
  }
  for (let i = 0; i < data.length; ) {
    const op = data[i]
    if (op === 0) {
      flush()
      sub.push(pt(data[i + 1], data[i + 2]))
      i += 3
    } else if (op === 1) {
      sub.push(pt(data[i + 1], data[i + 2]))
      i += 3
    } else if (op === 2) {
      sub = [] // a curve: not a table border
      i += 7
    } else if (op === 3) {
      sub = []
      i += 5
    } else {
      if (stroked && sub.length > 1) sub.push(sub[0])
      flush()
      i += 1
    }
  }
  flush()
}

function addSegment([ax, ay]: [number, number], [bx, by]: [number, number], out: PdfRule[]): void {
  const horizontal = Math.abs(ay - by) < 0.5
  const vertical = Math.abs(ax - bx) < 0.5
  if ((!horizontal && !vertical) || Math.hypot(ax - bx, ay - by) < 2) return
  out.push({ x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) })
}

function addThinRect(points: [number, number][], out: PdfRule[]): void {
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]
  if (x1 - x0 < LINE_THICKNESS && y1 - y0 >= 2) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 })
  else if (y1 - y0 < LINE_THICKNESS && x1 - x0 >= 2) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 })
}
