import { useEffect, useMemo, useRef, useState } from 'react'
import type { SectionDef, TextSectionKey } from '../../../shared/form'
import type { ReportContent } from '../../../shared/report'
import type { Warning } from '../../../shared/rules'
import { SEVERITY_LABEL } from '../warnings/warning-index'
import { DraftPanel, type DraftParagraph } from './draft-panel'
import { segmentText, shortQuote, textLength } from './spans'
import './text.css'

export interface TextSectionProps {
  section: SectionDef & { key: TextSectionKey }
  text: string
  warnings: Warning[]
  onChange: (text: string) => void
  /** Selects this range of the text (from the warnings panel). */
  selectRequest?: { start: number; end: number; n: number }
  /** 生成表述: the report to draft from, and how to insert at an offset or under the sub-headings (returns the caret after it). */
  drafting?: { report: ReportContent; insert: (at: number | 'subheadings', paragraphs: DraftParagraph[]) => number }
}

/**
 * A free-text section. The warnings' spans are highlighted in a layer drawn exactly under the
 * textarea (same font, same wrapping), so the marks sit on the words themselves.
 */
export function TextSection({ section, text, warnings, onChange, selectRequest, drafting }: TextSectionProps) {
  const [drafts, setDrafts] = useState(false)
  const area = useRef<HTMLTextAreaElement>(null)
  const mirror = useRef<HTMLDivElement>(null)
  const segments = useMemo(() => segmentText(text, section.key, warnings), [text, section.key, warnings])
  const marked = segments.filter((s) => s.warning)

  useEffect(() => {
    if (!selectRequest || !area.current) return
    area.current.focus()
    area.current.setSelectionRange(selectRequest.start, selectRequest.end)
  }, [selectRequest])

  const insert = (heading: string) => {
    const el = area.current
    const at = el ? el.selectionStart : text.length
    const before = text.slice(0, at)
    const prefix = before === '' || before.endsWith('\n') ? '' : '\n'
    const piece = `${prefix}${heading}\n`
    onChange(before + piece + text.slice(at))
    requestAnimationFrame(() => {
      el?.focus()
      el?.setSelectionRange(at + piece.length, at + piece.length)
    })
  }

  const present = (h: string) => text.includes(h)

  return (
    <section className="text-section" data-testid={`text-${section.key}`}>
      <h2>{section.heading}</h2>
      {section.prompt && <p className="prompt">{section.prompt}</p>}
      {section.subHeadings && (
        <div className="subheadings" role="group" aria-label="插入常用小标题">
          <span>插入小标题：</span>
          {section.subHeadings.map((h) => (
            <button key={h} type="button" className={`small${present(h) ? ' used' : ''}`} onClick={() => insert(h)} data-testid="insert-subheading">
              {h}
            </button>
          ))}
        </div>
      )}
      {drafting && !drafts && (
        <button type="button" className="small draft-open" onClick={() => setDrafts(true)} data-testid="draft-open" title="根据表格数字生成常用表述">
          生成表述
        </button>
      )}
      {drafting && drafts && (
        <DraftPanel
          report={drafting.report}
          section={section.key}
          onClose={() => setDrafts(false)}
          onInsert={(where, paragraphs) => {
            const el = area.current
            const at = where === 'subheadings' ? where : where === 'end' || !el ? text.length : el.selectionStart
            const caret = drafting.insert(at, paragraphs)
            requestAnimationFrame(() => {
              el?.focus()
              el?.setSelectionRange(caret, caret)
            })
          }}
        />
      )}
      <div className="text-wrap">
        <div className="text-mirror" ref={mirror} aria-hidden="true">
          {segments.map((s) =>
            s.severity ? (
              <mark key={s.start} className={`span-${s.severity}`}>
                {s.text}
              </mark>
            ) : (
              <span key={s.start}>{s.text}</span>
            )
          )}
          {'\u200b'}
        </div>
        <textarea
          ref={area}
          value={text}
          data-text={section.key}
          aria-label={section.heading}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (mirror.current) mirror.current.scrollTop = e.currentTarget.scrollTop
          }}
          spellCheck={false}
        />
      </div>
      <div className="text-footer">
        <span data-testid="text-length">共 {textLength(text)} 字</span>
        {marked.length > 0 && (
          <ul className="span-notes">
            {marked.map((s) => (
              <li key={s.start} className={`sev-${s.severity}`}>
                {/* One line per item: a short quote (the words are marked in the text above), the whole message on hover. */}
                <button
                  type="button"
                  className="link"
                  title={s.warning!.message}
                  onClick={() => area.current && (area.current.focus(), area.current.setSelectionRange(s.start, s.start + s.text.length))}
                >
                  {SEVERITY_LABEL[s.severity!]}：“{shortQuote(s.text)}” — {s.warning!.message}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
