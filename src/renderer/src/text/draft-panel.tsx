import { useMemo, useState } from 'react'
import type { TextSectionKey } from '../../../shared/form'
import { draftReport, type DraftGroup, type DraftSentence } from '../../../shared/drafting'
import type { ReportContent } from '../../../shared/report'
import './draft-panel.css'

export type InsertWhere = 'cursor' | 'end' | 'subheadings'

/** The statements chosen in one group, and the sub-heading they belong under. */
export type DraftParagraph = Pick<DraftGroup, 'subHeading' | 'sentences'>

export interface DraftPanelProps {
  report: ReportContent
  section: TextSectionKey
  /** Inserts the chosen statements, one paragraph per group, with their figures linked. */
  onInsert: (where: InsertWhere, paragraphs: DraftParagraph[]) => void
  onClose: () => void
}

const idOf = (g: DraftGroup, s: DraftSentence) => `${g.family}:${s.id}`

/**
 * 生成表述: the statements this section usually makes, written from the tables as they are now.
 * The user unticks what they do not want and inserts the rest; figures stay linked to their cells.
 */
export function DraftPanel({ report, section, onInsert, onClose }: DraftPanelProps) {
  const groups = useMemo(() => draftReport(report).filter((g) => g.section === section), [report, section])
  const [off, setOff] = useState<ReadonlySet<string>>(new Set())
  const chosen = groups
    .map((g) => ({ ...g, sentences: g.sentences.filter((s) => !off.has(idOf(g, s))) }))
    .filter((g) => g.sentences.length > 0)
  // One paragraph per group: the statements of a group run on as offices write them.
  const paragraphs: DraftParagraph[] = chosen.map((g) => ({ subHeading: g.subHeading, sentences: g.sentences }))
  const underHeadings = groups.some((g) => g.subHeading)
  const toggle = (id: string) =>
    setOff((prev) => {
      const next = new Set(prev)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  return (
    <aside className="draft-panel" data-testid="draft-panel" aria-label="生成表述">
      <header>
        <strong>生成表述</strong>
        <span className="muted">根据当前表格数字生成，插入后可自由修改；引用的数字与表格保持关联，表格改动后会提示更新。</span>
        <button type="button" className="small" onClick={onClose} aria-label="关闭生成表述">
          ✕
        </button>
      </header>
      {groups.length === 0 ? (
        <p className="muted" data-testid="draft-empty">
          表格中暂无可用于本节的数字（空白单元格不会被当作 0）。
        </p>
      ) : (
        groups.map((g) => (
          <section key={g.family} className="draft-group" data-testid={`draft-group-${g.family}`}>
            <h3>
              {g.title}
              {g.subHeading && <span className="muted"> → 建议放在“{g.subHeading}”下</span>}
            </h3>
            {g.sentences.map((s) => (
              <label key={s.id} className="draft-sentence">
                <input type="checkbox" checked={!off.has(idOf(g, s))} onChange={() => toggle(idOf(g, s))} data-testid="draft-choose" />
                <span data-testid="draft-sentence">{highlighted(s)}</span>
              </label>
            ))}
          </section>
        ))
      )}
      <footer>
        <button type="button" className="primary small" disabled={paragraphs.length === 0} onClick={() => onInsert('cursor', paragraphs)} data-testid="draft-insert-cursor">
          插入到光标处
        </button>
        <button type="button" className="small" disabled={paragraphs.length === 0} onClick={() => onInsert('end', paragraphs)} data-testid="draft-insert-end">
          插入到末尾
        </button>
        {underHeadings && (
          <button
            type="button"
            className="small"
            disabled={paragraphs.length === 0}
            onClick={() => onInsert('subheadings', paragraphs)}
            title="各组放在正文中对应小标题的段末；正文没有该小标题的放在末尾"
            data-testid="draft-insert-subheadings"
          >
            按小标题插入
          </button>
        )}
      </footer>
    </aside>
  )
}

/** The statement with its figures marked, so the user sees which numbers come from the tables. */
function highlighted(s: DraftSentence) {
  const out: (string | React.JSX.Element)[] = []
  let at = 0
  for (const f of s.figures) {
    out.push(s.text.slice(at, f.start))
    out.push(
      <b key={f.start} className="draft-figure" title={f.cells.length > 3 ? `${f.cells.slice(0, 3).join('、')} 等` : f.cells.join('、')}>
        {s.text.slice(f.start, f.end)}
      </b>
    )
    at = f.end
  }
  out.push(s.text.slice(at))
  return out
}
