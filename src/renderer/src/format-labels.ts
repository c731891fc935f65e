import { FORMATS, type FormatId } from '../../shared/form'

// Small display helpers over the form definition (labels come from FORMATS, never restated).

export function formatName(format: FormatId): string {
  return FORMATS[format].name
}

export function localDateTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return '—'
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`
}
