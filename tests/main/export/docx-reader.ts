import { DOMParser, type Document as XmlDocument, type Element } from '@xmldom/xmldom'
import { strFromU8, unzipSync } from 'fflate'

// Reads a produced .docx back for the tests: its parts as XML, and each table as a dense grid.

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export interface DocxParts {
  files: Record<string, Uint8Array>
  xml(name: string): XmlDocument
}

export function openDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes)
  return {
    files,
    xml(name: string) {
      const f = files[name]
      if (!f) throw new Error(`docx has no part ${name}`)
      return new DOMParser().parseFromString(strFromU8(f), 'text/xml')
    }
  }
}

export function children(el: Element, local: string): Element[] {
  const out: Element[] = []
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === local) out.push(n as Element)
  }
  return out
}

export function child(el: Element, local: string): Element | undefined {
  return children(el, local)[0]
}

export function all(el: Element | XmlDocument, local: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W, local))
}

export function attr(el: Element | undefined, name: string): string | null {
  return el ? el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) : null
}

/** The text of an element (its w:t runs), paragraphs joined with "\n". */
export function textOf(el: Element): string {
  return all(el, 'p')
    .map((p) => all(p, 't').map((t) => t.textContent ?? '').join(''))
    .join('\n')
}

export interface GridCell {
  tc: Element
  text: string
  gridSpan: number
  vMerge: 'restart' | 'continue' | null
  width: number
  row: number
  col: number
}

export interface DocxTable {
  el: Element
  gridCols: number[]
  rows: Element[]
  /** Row by row, the cells as written (with their grid column). */
  cells: GridCell[][]
  /** Dense grid: the text shown at [row][gridColumn], merged cells repeating their origin's text. */
  dense: string[][]
}

export function readTables(doc: XmlDocument): DocxTable[] {
  const body = all(doc, 'body')[0]
  return children(body, 'tbl').map((tbl) => {
    const gridCols = children(child(tbl, 'tblGrid')!, 'gridCol').map((g) => Number(attr(g, 'w')))
    const rows = children(tbl, 'tr')
    const cells: GridCell[][] = []
    const dense: string[][] = []
    rows.forEach((tr, r) => {
      let col = 0
      const rowCells: GridCell[] = []
      dense.push(new Array(gridCols.length).fill(''))
      for (const tc of children(tr, 'tc')) {
        const pr = child(tc, 'tcPr')
        const gridSpan = Number(attr(pr && child(pr, 'gridSpan'), 'val') ?? 1)
        const vm = pr && child(pr, 'vMerge')
        const vMerge = vm ? (attr(vm, 'val') === 'restart' ? 'restart' : 'continue') : null
        const width = Number(attr(pr && child(pr, 'tcW'), 'w') ?? NaN)
        const text = textOf(tc)
        rowCells.push({ tc, text, gridSpan, vMerge, width, row: r, col })
        for (let c = col; c < col + gridSpan; c++) dense[r][c] = vMerge === 'continue' ? dense[r - 1][c] : text
        col += gridSpan
      }
      cells.push(rowCells)
    })
    return { el: tbl, gridCols, rows, cells, dense }
  })
}

/** Top-level body paragraphs with their text. */
export function bodyParagraphs(doc: XmlDocument): { p: Element; text: string }[] {
  const body = all(doc, 'body')[0]
  return children(body, 'p').map((p) => ({ p, text: all(p, 't').map((t) => t.textContent ?? '').join('') }))
}

/** The run properties of the first run of a paragraph (or of the run holding `text`). */
export function runProps(p: Element, text?: string): Element | undefined {
  const runs = all(p, 'r')
  const r = text ? runs.find((run) => all(run, 't').some((t) => (t.textContent ?? '').includes(text))) : runs[0]
  return r && child(r, 'rPr')
}

/**
 * Resolves what Word shows for a run or paragraph: its own properties, then its paragraph style and
 * the styles that style is based on, then the document defaults.
 */
export function styleResolver(styles: XmlDocument) {
  const byId = new Map(all(styles, 'style').map((s) => [attr(s, 'styleId') ?? '', s]))
  const defaults = all(styles, 'rPrDefault')[0]
  const chain = (p: Element): Element[] => {
    const out: Element[] = []
    let id = attr(child(child(p, 'pPr') ?? p, 'pStyle'), 'val')
    while (id && byId.has(id) && out.length < 10) {
      const s = byId.get(id)!
      out.push(s)
      id = attr(child(s, 'basedOn'), 'val')
    }
    return out
  }
  /** The first value of `local`/`name` found on the run, the paragraph's styles, then the defaults. */
  const runValue = (p: Element, rPr: Element | undefined, local: string, name: string): string | null => {
    const sources = [rPr, ...chain(p).map((s) => child(s, 'rPr')), defaults && child(defaults, 'rPr')]
    for (const src of sources) {
      const v = attr(src && child(src, local), name)
      if (v) return v
      if (src && child(src, local) && name === '') return 'on'
    }
    return null
  }
  return {
    fonts(p: Element, rPr?: Element) {
      return { eastAsia: runValue(p, rPr, 'rFonts', 'eastAsia'), ascii: runValue(p, rPr, 'rFonts', 'ascii'), hAnsi: runValue(p, rPr, 'rFonts', 'hAnsi') }
    },
    size(p: Element, rPr?: Element): number {
      return Number(runValue(p, rPr, 'sz', 'val'))
    },
    bold(p: Element, rPr?: Element): boolean {
      for (const src of [rPr, ...chain(p).map((s) => child(s, 'rPr'))]) {
        const b = src && child(src, 'b')
        if (b) return attr(b, 'val') !== 'false' && attr(b, 'val') !== '0'
      }
      return false
    },
    /** A paragraph property element (e.g. "spacing", "ind", "jc") from the paragraph or its styles. */
    pProp(p: Element, local: string): Element | undefined {
      for (const src of [child(p, 'pPr'), ...chain(p).map((s) => child(s, 'pPr'))]) {
        const el = src && child(src, local)
        if (el) return el
      }
      return undefined
    }
  }
}
