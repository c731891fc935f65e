import { execFileSync } from 'node:child_process'
import { FORMATS, tableLayout } from '../src/shared/form'
import type { Report } from '../src/shared/report'
import { lineWidth, titleLines, titleMaxChars } from '../src/main/export/title-lines'
import { textWidthTwips } from '../src/main/export/page-setup'
import { DEFAULT_TYPOGRAPHY } from '../src/shared/settings'

// Layout checks on a rendered PDF, read from its text positions (pdftotext -bbox): the title broken
// only where planned (between words), no table page break inside a group, no label whose last line
// is a single character. Used by check-render for the Word export (via LibreOffice) and the PDF export.

interface Word {
  x0: number
  /** Vertical centre: fonts of one line (Times digits, CJK) have different boxes but one centre. */
  y0: number
  x1: number
  text: string
}

export function readWords(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      x0: Number(m[1]),
      y0: (Number(m[2]) + Number(m[4])) / 2,
      x1: Number(m[3]),
      text: m[5].replace(/&amp;/g, '&')
    }))
  )
}

/** The size a word is set in, from its width: CJK characters are one em wide. */
function sizeOf(w: Word): number {
  return (w.x1 - w.x0) / Math.max(0.5, lineWidth(w.text))
}

const flat = (words: Word[]) => words.map((w) => w.text).join('').replace(/\s+/g, '')

/** The title's rendered lines must be the planned ones: it breaks only between words. */
function checkTitle(pages: Word[][], report: Report): string[] {
  const big = pages[0].filter((w) => sizeOf(w) > 18)
  const lines = new Map<number, Word[]>()
  for (const w of big) {
    const key = [...lines.keys()].find((y) => Math.abs(y - w.y0) < 12) ?? w.y0
    lines.set(key, [...(lines.get(key) ?? []), w])
  }
  const got = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, ws]) => flat(ws.sort((a, b) => a.x0 - b.x0)))
  const t = DEFAULT_TYPOGRAPHY
  const want = titleLines({ agency: report.agency, year: report.year, maxChars: titleMaxChars(textWidthTwips(t) / 20, t.titleSizePt) })
  return got.join('|') === want.join('|') ? [] : [`标题换行不在词间：排成“${got.join('｜')}”，应为“${want.join('｜')}”`]
}

/** A word of one CJK character in table text: the last line of a label that wraps badly. */
function checkWidows(pages: Word[][]): string[] {
  const out: string[] = []
  pages.forEach((words, p) => {
    for (const w of words) {
      if (!/^[\u4e00-\u9fff]$/.test(w.text) || sizeOf(w) >= 12.5) continue
      // pdftotext also cuts words at marks ("增/减"): a character touching its neighbour is no line.
      const joined = words.some((o) => o !== w && Math.abs(o.y0 - w.y0) < 6 && (Math.abs(o.x1 - w.x0) < 2 || Math.abs(w.x1 - o.x0) < 2))
      if (!joined) out.push(`第 ${p + 1} 页：表格文字末行只有一个字“${w.text}”`)
    }
  })
  return out
}

/** The first characters of a label, without its numbering: what is found on its page. */
function labelKey(label: string): string {
  return label.replace(/^[\d.（）()一二三四五六七八九十、]+/, '').slice(0, 6)
}

/** Rows kept together (a group of 三 under （三）–（六）, a block of 二) must be on one page. */
function checkGroups(pages: Word[][], report: Report): string[] {
  const texts = pages.map(flat)
  const out: string[] = []
  for (const def of Object.values(FORMATS[report.format].tables)) {
    const layout = tableLayout(def)
    const groups = new Map<string, string[]>()
    for (const row of layout.rows.slice(layout.headerRows)) {
      const label = row.cells.find((c) => c.kind === 'label' && c.row)?.text ?? row.cells.find((c) => c.kind === 'caption')?.text
      if (label) groups.set(row.keep, [...(groups.get(row.keep) ?? []), label])
    }
    for (const [key, labels] of groups) {
      if (labels.length < 2) continue
      if (!texts.some((t) => labels.every((l) => t.includes(labelKey(l))))) out.push(`${def.id} 的一组（${key}）跨页断开：${labels[0]} … ${labels[labels.length - 1]}`)
    }
  }
  return out
}

export function layoutProblems(pdf: string, report: Report): string[] {
  const pages = readWords(pdf)
  return [...checkTitle(pages, report), ...checkGroups(pages, report), ...checkWidows(pages)]
}
