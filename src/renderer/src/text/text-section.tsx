import { useEffect, useMemo, useRef } from 'react'
import type { SectionDef, TextKey } from '../../../shared/form'
import type { Warning } from '../../../shared/rules'
import { SEVERITY_LABEL } from '../warnings/warning-index'
import { segmentText, textLength, textNotes } from './spans'
import './text.css'

export interface TextSectionProps {
  section: Pick<SectionDef, 'heading' | 'prompt' | 'subHeadings'> & { key: TextKey }
  text: string
  warnings: Warning[]
  onChange: (text: string) => void
  /** Selects this range of the text (from the warnings panel). */
  selectRequest?: { start: number; end: number; n: number }
}

/** Vertical position of a character of the text in the mirror, which lays the text out exactly as the text box. */
function offsetTop(mirror: HTMLDivElement | null, at: number): number | undefined {
  if (!mirror) return undefined
  let left = at
  for (const child of Array.from(mirror.childNodes)) {
    const node = child.nodeType === Node.TEXT_NODE ? child : child.firstChild
    const len = child.textContent?.length ?? 0
    if (left <= len && node) {
      const range = document.createRange()
      range.setStart(node, Math.min(left, node.textContent?.length ?? 0))
      range.collapse(true)
      const rect = range.getBoundingClientRect()
      return rect.top - mirror.getBoundingClientRect().top + mirror.scrollTop
    }
    left -= len
  }
  return undefined
}

/**
 * A free-text section. The warnings' spans are highlighted in a layer drawn exactly under the
 * textarea (same font, same wrapping), so the marks sit on the words themselves.
 */
export function TextSection({ section, text, warnings, onChange, selectRequest }: TextSectionProps) {
  const area = useRef<HTMLTextAreaElement>(null)
  const mirror = useRef<HTMLDivElement>(null)
  const segments = useMemo(() => segmentText(text, section.key, warnings), [text, section.key, warnings])
  const notes = useMemo(() => textNotes(text, section.key, warnings), [text, section.key, warnings])

  /** Selects a range and scrolls the text box to it (a textarea does not scroll to a selection set from code). */
  const select = (start: number, end: number) => {
    const el = area.current
    if (!el) return
    el.focus()
    el.setSelectionRange(start, end)
    const top = offsetTop(mirror.current, start)
    if (top !== undefined && (top < el.scrollTop || top > el.scrollTop + el.clientHeight - 30)) el.scrollTop = Math.max(0, top - el.clientHeight / 3)
  }

  useEffect(() => {
    if (selectRequest) select(selectRequest.start, selectRequest.end)
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
        {notes.length > 0 && (
          <ul className="span-notes" data-testid="text-notes">
            {notes.map(({ warning: w, places }) => (
              // Each warning once, whole, then each place it concerns: a click selects exactly its words.
              <li key={w.fingerprint} className={`sev-${w.severity}`}>
                <span className="note-message">
                  {SEVERITY_LABEL[w.severity]}：{w.message}
                </span>
                {places.map((p) => (
                  <button key={p.start} type="button" className="link note-place" data-start={p.start} onClick={() => select(p.start, p.end)}>
                    第{p.paragraph}段“{p.quote}”
                  </button>
                ))}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
