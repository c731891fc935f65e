import { cellNotes, isCellKey, layoutOf, type FillingNote, type LayoutId } from '../../../../shared/form'
import type { CellValue, Report } from '../../../../shared/report'

// Beside the table (in the side panel, under the focused cell's warnings): last year's figure for
// the focused cell (when last year's report is linked) with the change, and the 填报说明 of its row
// and column — each note saying whether its words are official or ours.

function sourceText(note: FillingNote): string {
  const s = note.source
  if (s.kind === 'ours') return `年报助手的说明，非官方原文${s.basis ? `；依据${s.basis}` : ''}`
  return `原文，出自${s.cite}`
}

function Notes({ label, notes }: { label: string; notes: readonly FillingNote[] }) {
  if (notes.length === 0) return null
  return (
    <div className="cell-guide-notes">
      <span className="cell-guide-label">{label}</span>
      <ul>
        {notes.map((n) => (
          <li key={n.text} className={n.source.kind === 'ours' ? 'note-ours' : 'note-official'} data-source={n.source.kind}>
            {n.text}
            <span className="note-source">（{sourceText(n)}）</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

const shown = (v: CellValue | undefined): string => (v === null || v === undefined || v === '' ? '空白' : String(v))

/** "上年：56（今年 60，增加 4）", or why there is no comparison. */
export function previousFigure(previous: Pick<Report, 'format' | 'cells' | 'year'>, key: string, now: CellValue | undefined): string {
  if (!isCellKey(layoutOf(previous.format, previous.cells), key)) return `${previous.year}年的报告（${previous.format}年版格式）没有这一格`
  const last = previous.cells[key]
  const head = `上年：${shown(last)}`
  if (typeof last !== 'number' || typeof now !== 'number') return head
  const diff = Math.round((now - last) * 1e6) / 1e6
  const change = diff === 0 ? '与上年相同' : diff > 0 ? `增加 ${diff}` : `减少 ${-diff}`
  return `${head}（今年 ${now}，${change}）`
}

export function CellGuide({ layout, cellKey, cells, previous }: { layout: LayoutId; cellKey: string; cells: Report['cells']; previous: Report | null }) {
  const notes = cellNotes(layout, cellKey)
  if (!notes) return null
  return (
    <section className="cell-guide" data-testid="cell-guide" aria-live="polite">
      {previous && (
        <p className="cell-guide-previous" data-testid="cell-guide-previous">
          {previousFigure(previous, cellKey, cells[cellKey])}
        </p>
      )}
      <h3>填报说明</h3>
      <Notes label="行" notes={notes.row} />
      <Notes label="列" notes={notes.column} />
    </section>
  )
}
