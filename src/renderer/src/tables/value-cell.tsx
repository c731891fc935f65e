import { memo } from 'react'
import type { Severity } from '../../../shared/rules'
import { SEVERITY_LABEL } from '../warnings/warning-index'
import { cellAccessibleName } from './cell-name'

// One value cell of the grid (the WAI-ARIA grid pattern, as spreadsheets do): a plain gridcell
// showing its text, focusable when it is the cursor (roving tabindex). An <input> exists only in
// the cell being edited: focusing an input costs several times what focusing a cell does, and
// moving the cursor must stay cheap.

export interface ValueCellProps {
  cellKey: string
  label: string
  text: string
  colSpan: number
  /** The greyed sum a blank total cell would hold (drawn by CSS, not part of the cell's text). */
  hint?: number
  /** The number is the sum of its parts, filled by the editor (自动合计), not typed. */
  computed?: boolean
  mark?: Severity
  /** Warning messages of this cell, for the tooltip. */
  note?: string
  selected: boolean
  cursor: boolean
  /** The cell is being edited: it holds the editor input, whose text is `text`. */
  editing: boolean
  error?: string
  handlers: CellHandlers
}

export interface CellHandlers {
  onChange: (e: React.ChangeEvent<HTMLInputElement>) => void
  /** The cell elements by key, for moving the focus. */
  register: (key: string, el: HTMLElement | null) => void
  /** The editor input while it exists. */
  registerEditor: (el: HTMLInputElement | null) => void
}

const COMPUTED_TITLE = '自动合计：按各项之和填写；直接输入数字即改为手工填写，清空后恢复自动合计'

export const ValueCell = memo(function ValueCell(p: ValueCellProps) {
  const cls = ['vc', p.selected ? 'sel' : '', p.cursor ? 'cur' : '', p.mark ? `mark-${p.mark}` : '', p.error ? 'has-error' : '', p.computed ? 'computed' : '']
  const errorId = p.error ? `err-${p.cellKey}` : undefined
  return (
    <td
      ref={(el) => p.handlers.register(p.cellKey, el)}
      role="gridcell"
      className={cls.join(' ')}
      colSpan={p.colSpan}
      data-cell={p.cellKey}
      data-mark={p.mark}
      data-blank={p.text === '' || undefined}
      data-computed={p.computed || undefined}
      tabIndex={p.cursor ? 0 : -1}
      aria-label={p.editing ? p.label : cellAccessibleName(p.label, p.text, p.computed)}
      aria-selected={p.selected || undefined}
      aria-invalid={p.mark === 'error' || !!p.error || undefined}
      aria-describedby={errorId}
      title={p.note && p.mark ? `${SEVERITY_LABEL[p.mark]}：${p.note}` : p.computed ? COMPUTED_TITLE : undefined}
    >
      {p.editing ? (
        <input
          ref={p.handlers.registerEditor}
          className="cell-editor"
          aria-label={p.label}
          aria-invalid={!!p.error || undefined}
          aria-describedby={errorId}
          value={p.text}
          onChange={p.handlers.onChange}
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
        />
      ) : (
        <span className="cv" data-hint={p.hint}>
          {p.text}
        </span>
      )}
      {p.mark && <span className="mark-icon" aria-hidden="true" />}
      {p.error && (
        <div className="cell-error" id={errorId} role="alert">
          {p.error}
        </div>
      )}
    </td>
  )
})

/** Puts the caret after the value. */
export function caretToEnd(el: HTMLInputElement): void {
  el.setSelectionRange(el.value.length, el.value.length)
}
