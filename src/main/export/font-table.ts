import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { Typography } from '../../shared/settings'

// Declares the document's fonts with their fallbacks in word/fontTable.xml, so a machine without
// 仿宋_GB2312 or 方正小标宋简体 substitutes the font GB/T 9704 documents use in its place (w:altName,
// panose and GB2312 charset) instead of whatever Word picks. The docx library writes an empty table.

interface FontEntry {
  alt?: string
  panose?: string
  family: 'roman' | 'modern' | 'auto'
  pitch: 'variable' | 'fixed'
  charset: string
}

const CJK = { family: 'auto', pitch: 'variable', charset: '86' } as const

/** Fallback chains: 仿宋_GB2312 → 仿宋 → FangSong; 方正小标宋简体 → 华文中宋 → 宋体; 楷体_GB2312 → 楷体. */
export const FONT_FALLBACKS: Record<string, FontEntry> = {
  仿宋_GB2312: { ...CJK, alt: '仿宋', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  仿宋: { ...CJK, alt: 'FangSong', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  方正小标宋简体: { ...CJK, alt: '华文中宋', panose: '02000000000000000000', family: 'auto' },
  华文中宋: { ...CJK, alt: '宋体', panose: '02010600040101010101' },
  宋体: { ...CJK, alt: 'SimSun', panose: '02010600030101010101' },
  黑体: { ...CJK, alt: 'SimHei', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  楷体_GB2312: { ...CJK, alt: '楷体', panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  楷体: { ...CJK, alt: 'KaiTi', panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  'Times New Roman': { panose: '02020603050405020304', family: 'roman', pitch: 'variable', charset: '00' }
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/** Every font the typography names, followed by the fonts of their fallback chains. */
export function declaredFonts(t: Typography): string[] {
  const names = new Set<string>()
  const add = (name: string) => {
    while (name && !names.has(name)) {
      names.add(name)
      name = FONT_FALLBACKS[name]?.alt ?? ''
      if (name && !FONT_FALLBACKS[name]) names.add(name)
    }
  }
  for (const n of [t.titleFont, t.bodyFont, t.heading1Font, t.heading2Font, t.heading3Font, t.tableFont, t.pageNumberFont, t.latinFont]) add(n)
  return [...names]
}

export function fontTableXml(t: Typography): string {
  const fonts = declaredFonts(t).map((name) => {
    const e: FontEntry = FONT_FALLBACKS[name] ?? (/[^\x20-\x7e]/.test(name) ? CJK : { family: 'auto', pitch: 'variable', charset: '00' })
    return [
      `<w:font w:name="${attr(name)}">`,
      e.alt ? `<w:altName w:val="${attr(e.alt)}"/>` : '',
      e.panose ? `<w:panose1 w:val="${e.panose}"/>` : '',
      `<w:charset w:val="${e.charset}"/><w:family w:val="${e.family}"/><w:pitch w:val="${e.pitch}"/>`,
      '</w:font>'
    ].join('')
  })
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts.join('')}</w:fonts>`
}

/**
 * Takes the paragraphs of the given styles off the document grid (w:snapToGrid 0 in their pPr, which
 * the docx library cannot write): LibreOffice would otherwise set 10 pt table text on the body's
 * 15.8 pt character pitch and 29 pt line pitch. Placed before w:spacing, as the schema orders it.
 */
export function offGrid(stylesXml: string, styleIds: readonly string[]): string {
  return stylesXml.replace(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (style, id: string) =>
    styleIds.includes(id) ? style.replace(/<w:pPr>([\s\S]*?)(<w:spacing\b|<\/w:pPr>)/, '<w:pPr>$1<w:snapToGrid w:val="0"/>$2') : style
  )
}

/** Replaces the (empty) font table of a .docx written by the docx library; takes styles off the grid. */
export function withFontTable(docx: Uint8Array, t: Typography, offGridStyles: readonly string[] = []): Uint8Array {
  const files = unzipSync(docx)
  files['word/fontTable.xml'] = strToU8(fontTableXml(t))
  if (offGridStyles.length > 0) files['word/styles.xml'] = strToU8(offGrid(strFromU8(files['word/styles.xml']), offGridStyles))
  return zipSync(files, { level: 6 })
}
