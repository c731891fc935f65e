import type { SectionKey } from '../../form/types'
import type { DocBlock } from '../read-blocks'
import { findHeadings, sectionRange, type Line } from '../sections'
import type { ImportProblem } from '../types'
import { splitRules, type PageRules } from './boxes'
import { pageCells, type Cell } from './cells'
import { withoutFurniture } from './furniture'
import { pageLines, type PdfLine } from './lines'
import { bodyMargins, paragraphs } from './paragraphs'
import { tableGrid } from './table'
import type { PdfPage } from './types'

// A PDF's pages to the blocks every document reader produces: paragraphs in reading order (page
// furniture removed) and, under the headings of sections 二, 三 and 四, the tables rebuilt from
// the text's positions and the ruling lines.

export interface PdfReading {
  blocks: DocBlock[]
  problems: ImportProblem[]
  /** Characters of text found: none means a scanned PDF. */
  textChars: number
}

const TABLES: { key: SectionKey; name: string }[] = [
  { key: 't2', name: '表二' },
  { key: 't3', name: '表三' },
  { key: 't4', name: '表四' }
]

function regionTable(lines: readonly PdfLine[], rules: ReadonlyMap<number, PageRules>, name: string) {
  const byPage = new Map<number, PdfLine[]>()
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l])
  const pages: Cell[][] = [...byPage].map(([page, ls]) => pageCells(ls.flatMap((l) => l.chunks), rules.get(page)))
  return tableGrid(pages, name)
}

export function pdfBlocks(pages: readonly PdfPage[]): PdfReading {
  const heights = new Map(pages.map((p) => [p.number, p.height]))
  const rules = new Map(pages.filter((p) => p.rules.length > 0).map((p) => [p.number, splitRules(p.rules)]))
  const all = pages.flatMap(pageLines)
  const lines = withoutFurniture(all, heights)
  const textChars = all.reduce((n, l) => n + l.text.replace(/\s+/g, '').length, 0)
  const asText: Line[] = lines.map((l) => ({ text: l.text, where: `第${l.page}页` }))
  const headings = findHeadings(asText)
  const regions = TABLES.flatMap(({ key, name }) => {
    const r = sectionRange(headings, key, lines.length)
    return r && r[1] > r[0] ? [{ from: r[0], to: r[1], name }] : []
  })
  const headingAt = new Set(Object.values(headings))
  const margins = bodyMargins(lines.filter((_, i) => !regions.some((r) => i >= r.from && i < r.to)))
  const blocks: DocBlock[] = []
  const problems: ImportProblem[] = []
  let i = 0
  while (i < lines.length) {
    const region = regions.find((r) => r.from === i)
    if (region) {
      const t = regionTable(lines.slice(region.from, region.to), rules, region.name)
      blocks.push({ kind: 'table', rows: t.rows })
      problems.push(...t.problems)
      i = region.to
      continue
    }
    const end = Math.min(lines.length, ...regions.filter((r) => r.from > i).map((r) => r.from))
    const run = lines.slice(i, end)
    const breaks = new Set(run.map((_, k) => k).filter((k) => headingAt.has(i + k)))
    for (const p of paragraphs(run, margins, breaks)) blocks.push({ kind: 'para', text: p.text, where: `第${p.page}页` })
    i = end
  }
  return { blocks, problems, textChars }
}
