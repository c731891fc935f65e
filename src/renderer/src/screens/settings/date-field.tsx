import { useState } from 'react'
import { parseDateInput } from './date-check'

/**
 * A date typed as YYYY-MM-DD whatever the OS locale. The model receives only valid dates (or '');
 * what is being typed stays in the field with a message until it reads as a date.
 */
export function DateField({ value, disabled, onChange, testId, placeholder }: { value: string; disabled?: boolean; onChange: (value: string) => void; testId?: string; placeholder?: string }) {
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  // The model changed from elsewhere (undo, a restored snapshot): show it (adjusted while rendering).
  if (shown !== value) {
    setShown(value)
    if (parseDateInput(draft).value !== value) setDraft(value)
  }
  const parsed = parseDateInput(draft)
  return (
    <>
      <input
        value={draft}
        disabled={disabled}
        placeholder={placeholder ?? '年-月-日'}
        inputMode="numeric"
        autoComplete="off"
        aria-invalid={!!parsed.error || undefined}
        data-testid={testId}
        onChange={(e) => {
          setDraft(e.target.value)
          const p = parseDateInput(e.target.value)
          if (p.value !== undefined && p.value !== value) onChange(p.value)
        }}
        onBlur={() => {
          if (parsed.value !== undefined) setDraft(parsed.value)
        }}
      />
      {parsed.error && !disabled && <span className="form-error">{parsed.error}</span>}
    </>
  )
}
