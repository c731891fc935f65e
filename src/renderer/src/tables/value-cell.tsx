import { memo } from 'react'
import type { Severity } from '../../../shared/rules'
import { SEVERITY_LABEL } from '../warnings/warning-index'

export interface ValueCellProps {
  cellKey: string
  label: string
  text: string
  colSpan: number
  /** The greyed sum a blank total cell would hold. */
  hint?: number
  /** The number is the sum of its parts, filled by the editor (自动合计), not typed. */
  computed?: boolean
  mark?: Severity
  /** Warning messages of this cell, for the tooltip. */
  note?: string
  selected: boolean
  cursor: boolean
  error?: string
  handlers: CellHandlers
}

export interface CellHandlers {
  onChange: (e: React.ChangeEvent<HTMLInputElement>) => void
  register: (key: string, el: HTMLInputElement | null) => void
}

const COMPUTED_TITLE = '自动合计：按各项之和填写；直接输入数字即改为手工填写，清空后恢复自动合计'

/** One value cell: an input carrying data-cell and an accessible name built from its labels. */
export const ValueCell = memo(function ValueCell(p: ValueCellProps) {
  const cls = ['vc', p.selected ? 'sel' : '', p.cursor ? 'cur' : '', p.mark ? `mark-${p.mark}` : '', p.error ? 'has-error' : '', p.computed ? 'computed' : '']
  const errorId = p.error ? `err-${p.cellKey}` : undefined
  return (
    <td className={cls.join(' ')} colSpan={p.colSpan} data-mark={p.mark} data-blank={p.text === '' || undefined}>
      <input
        ref={(el) => p.handlers.register(p.cellKey, el)}
        data-cell={p.cellKey}
        aria-label={p.label}
        aria-invalid={p.mark === 'error' || !!p.error || undefined}
        aria-describedby={errorId}
        title={p.note && p.mark ? `${SEVERITY_LABEL[p.mark]}：${p.note}` : p.computed ? COMPUTED_TITLE : undefined}
        data-computed={p.computed || undefined}
        value={p.text}
        placeholder={p.hint === undefined ? undefined : String(p.hint)}
        onChange={p.handlers.onChange}
        tabIndex={p.cursor ? 0 : -1}
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
      />
      {p.mark && <span className="mark-icon" aria-hidden="true" />}
      {p.error && (
        <div className="cell-error" id={errorId} role="alert">
          {p.error}
        </div>
      )}
    </td>
  )
})

/** Puts the caret after the value at once, and again after React's render in case it moved. */
export function caretToEnd(el: HTMLInputElement): void {
  el.setSelectionRange(el.value.length, el.value.length)
  requestAnimationFrame(() => el.setSelectionRange(el.value.length, el.value.length))
}
