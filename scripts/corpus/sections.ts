import { findHeadings, textSections, type Line } from '../../src/shared/import/sections'
import type { ReportText } from '../../src/shared/report/types'

// Text sections (一 总体情况, 五 问题, 六 其他) of a corpus file, for its honest exchange report.
// Evaluation support only: the product reads documents with src/main/import.

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', middot: '·' }

/** An HTML page as lines of text: scripts and styles dropped, one line per paragraph or table row. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|tr|h\d|li|table)>/gi, '\n')
    .replace(/<\/t[dh]>/gi, '\t')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e.toLowerCase()] ?? m)
    )
    .replace(/[ \t]*\n[ \t\n]*/g, '\n')
}

/** The three text sections under their headings, found the way the importer finds them. */
export function sectionsOfText(text: string): ReportText {
  const lines: Line[] = text.split(/\r?\n/).map((t, i) => ({ text: t.trim(), where: `第${i + 1}行` }))
  return textSections(lines, findHeadings(lines))
}
