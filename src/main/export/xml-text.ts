// Characters a .docx (XML 1.0) or a web page must not carry: C0 controls other than tab, newline
// and carriage return; DEL and the C1 controls; lone surrogate halves; the noncharacters
// (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in every plane). Typed, pasted or imported text can hold
// them (a page with &#xFFFF;), and one of them makes Word refuse the whole document. They are
// invisible, so dropping them changes nothing the reader could see.

const NONCHARACTERS = Array.from({ length: 17 }, (_, plane) => {
  const base = plane === 0 ? '' : plane.toString(16)
  return `\\u{${base}FFFE}\\u{${base}FFFF}`
}).join('')

// With the u flag a surrogate pair is one code point, so [\uD800-\uDFFF] matches only a lone half.
const FORBIDDEN = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\uFDD0-\\uFDEF${NONCHARACTERS}]`, 'gu')

export function xmlSafeText(text: string): string {
  return text.replace(FORBIDDEN, '')
}

/** The same data with every string (values, not keys) made safe: the report before it is written. */
export function xmlSafeData<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T
  if (Array.isArray(value)) return value.map((v) => xmlSafeData(v)) as T
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafeData(v)])) as T
  }
  return value
}
