import { toHalfWidth } from '../../../../shared/report'

// The sign-off date as typed: a native <input type="date"> follows the OS locale ("mm/dd/yyyy"),
// so the field is plain text read the way a Chinese user writes a date, stored as YYYY-MM-DD.

export type DateInput = { value: string; error?: undefined } | { value?: undefined; error: string }

const pad = (n: number) => String(n).padStart(2, '0')

/** Reads 2021-03-05, 2021-3-5, 2021/3/5, 2021.3.5 or 2021年3月5日 (full-width digits too); '' is no date. */
export function parseDateInput(text: string): DateInput {
  const s = toHalfWidth(text).trim()
  if (s === '') return { value: '' }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s)
  if (!m) return { error: '落款日期请按“年-月-日”填写，例如 2022-01-20' }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (mo < 1 || mo > 12 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { error: `落款日期“${text.trim()}”不是有效的日期` }
  return { value: `${y}-${pad(mo)}-${pad(d)}` }
}
