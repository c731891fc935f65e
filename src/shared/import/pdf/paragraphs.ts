import { joinRuns, type PdfLine } from './lines'

// Lines of running text back to paragraphs. A line continues the paragraph above when that one
// ran to the right margin, the font is the same, the gap is a line's, and this line is not
// indented like a paragraph's first line. A paragraph may continue on the next page.

export interface Paragraph {
  text: string
  page: number
}

function mode(xs: readonly number[]): number {
  const counts = new Map<number, number>()
  for (const x of xs) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1)
  let best = xs[0] ?? 0
  let n = 0
  for (const [x, c] of counts) if (c > n) [best, n] = [x, c]
  return best
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0
}

/** The text's left edge: the leftmost start shared by several lines (first lines are indented). */
function leftEdge(xs: readonly number[]): number {
  const counts = new Map<number, number>()
  for (const x of xs) counts.set(Math.round(x), (counts.get(Math.round(x)) ?? 0) + 1)
  const common = [...counts].filter(([, n]) => n >= 3).map(([x]) => x)
  return common.length > 0 ? Math.min(...common) : mode(xs)
}

export interface Margins {
  left: number
  right: number
  /** Usual distance between the baselines of a paragraph's lines, per font size. */
  pitch: number
}

export function bodyMargins(lines: readonly PdfLine[]): Margins {
  const size = mode(lines.map((l) => l.size))
  const body = lines.filter((l) => Math.abs(l.size - size) < 0.15 * size)
  const gaps: number[] = []
  for (let i = 1; i < body.length; i++) if (body[i].page === body[i - 1].page) gaps.push(body[i].y - body[i - 1].y)
  const pitch = gaps.length > 0 ? quantile(gaps, 0.25) / size : 1.5
  return { left: leftEdge(body.map((l) => l.x0)), right: quantile(body.map((l) => l.x1), 0.9), pitch }
}

function continues(prev: PdfLine, line: PdfLine, m: Margins): boolean {
  if (Math.abs(prev.size - line.size) >= 0.15 * line.size) return false
  if (prev.x1 < m.right - 1.5 * prev.size) return false
  if (line.page === prev.page && line.y - prev.y > (m.pitch * 1.4 + 0.2) * line.size) return false
  const indent = (line.x0 - m.left) / line.size
  return !(indent > 1.2 && indent < 2.8)
}

/** `breaks` holds indices of lines that stand alone (headings, lines next to tables). */
export function paragraphs(lines: readonly PdfLine[], m: Margins, breaks: ReadonlySet<number> = new Set()): Paragraph[] {
  const out: Paragraph[] = []
  lines.forEach((line, i) => {
    const prev = lines[i - 1]
    const last = out.at(-1)
    if (last && prev && !breaks.has(i) && !breaks.has(i - 1) && continues(prev, line, m)) {
      last.text = joinRuns(last.text, line.text, 0, line.size)
      return
    }
    // A blank paragraph left in the document shows as a gap of about two lines.
    if (prev && prev.page === line.page && line.y - prev.y > m.pitch * 1.8 * line.size && !breaks.has(i) && !breaks.has(i - 1)) out.push({ text: '', page: line.page })
    out.push({ text: line.text, page: line.page })
  })
  return out
}
