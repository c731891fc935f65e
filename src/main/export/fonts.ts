import type { Typography } from '../../shared/settings'

// Chinese fonts go in the East Asian slot and Latin/digits in ascii/hAnsi, so Word, WPS and
// LibreOffice each pick the right glyphs per character. Fonts are named, never embedded.

export interface RunFont {
  ascii: string
  hAnsi: string
  eastAsia: string
  cs: string
}

export function runFont(eastAsia: string, typography: Typography): RunFont {
  const latin = typography.latinFont
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin }
}
