import { strFromU8, unzipSync } from 'fflate'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { renderExport } from '../../../src/main/export'
import { xmlSafeText } from '../../../src/main/export/xml-text'
import { cellsOf } from '../../../src/shared/form'
import { DEFAULT_TYPOGRAPHY } from '../../../src/shared/settings'
import { distinct2021Report } from './reports'

// Whatever text a report holds — typed, pasted, imported from a page with &#xFFFF; — the exported
// .docx and web page are documents a strict XML parser accepts. Random text from a seeded
// generator, rich in the characters XML forbids, is exported and parsed back many times.

function mulberry32(seed: number): () => number {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PICKS: ((r: () => number) => string)[] = [
  () => '政府信息公开',
  () => '&<>"\'',
  () => '\n',
  () => '\t\r',
  (r) => String.fromCharCode(Math.floor(r() * 0x20)), // C0 controls
  (r) => String.fromCharCode(0x7f + Math.floor(r() * 0x21)), // DEL, C1 controls
  (r) => String.fromCharCode(0xd800 + Math.floor(r() * 0x400)), // lone high surrogate
  (r) => String.fromCharCode(0xdc00 + Math.floor(r() * 0x400)), // lone low surrogate
  () => '😀𠀀', // valid pairs: kept
  () => '\uFFFE\uFFFF\uFDD0',
  () => String.fromCodePoint(0x1fffe, 0x10ffff),
  (r) => String.fromCharCode(Math.floor(r() * 0x10000)), // any code unit at all
  (r) => String.fromCodePoint(Math.floor(r() * 0x110000))
]

function randomText(r: () => number, maxPieces = 40): string {
  let s = ''
  const n = Math.floor(r() * maxPieces)
  for (let i = 0; i < n; i++) s += PICKS[Math.floor(r() * PICKS.length)](r)
  return s
}

/** What may stay, decided code point by code point (independently of the regex under test). */
function allowed(cp: number): boolean {
  if (cp < 0x20) return cp === 0x9 || cp === 0xa || cp === 0xd
  if (cp >= 0x7f && cp <= 0x9f) return false
  if (cp >= 0xd800 && cp <= 0xdfff) return false
  if (cp >= 0xfdd0 && cp <= 0xfdef) return false
  return (cp & 0xfffe) !== 0xfffe
}

function expectedClean(s: string): string {
  return [...s].filter((ch) => allowed(ch.codePointAt(0)!)).join('')
}

/** Parses strictly (XML 1.0 characters, well-formedness, namespaces); throws on the first error. */
function parseStrictXml(xml: string, where: string): void {
  const parser = new SaxesParser({ xmlns: true })
  parser.on('error', (e) => {
    throw new Error(`${where}: ${e.message}`)
  })
  parser.write(xml).close()
}

/** Our web page is XHTML-shaped apart from its doctype and the void <meta> and <col> tags. */
function htmlAsXml(html: string): string {
  return html.replace(/^<!DOCTYPE html>\n/, '').replace(/<(meta|col)\b([^>]*)>/g, '<$1$2/>')
}

function hostileReport(r: () => number) {
  const report = distinct2021Report()
  report.agency = `某局${randomText(r, 12)}`
  report.text = { overview: randomText(r), problems: randomText(r), other: randomText(r) }
  report.contact = { address: randomText(r, 8), postcode: randomText(r, 3), phone: randomText(r, 4), email: randomText(r, 4), website: randomText(r, 4) }
  const keys = cellsOf('2021').map((c) => c.key)
  for (let i = 0; i < 8; i++) report.cells[keys[Math.floor(r() * keys.length)]] = randomText(r, 6)
  return report
}

describe('text cleaned of characters XML forbids', () => {
  it('drops exactly the forbidden code points and keeps everything else (5,000 random strings)', () => {
    const r = mulberry32(20240611)
    for (let i = 0; i < 5000; i++) {
      const s = randomText(r)
      const clean = xmlSafeText(s)
      expect(clean).toBe(expectedClean(s))
      expect(encodeURIComponent(clean)).toBeTypeOf('string') // throws on a lone surrogate
      expect(xmlSafeText(clean)).toBe(clean)
    }
    expect(xmlSafeText('甲\uFFFF乙\u0001丙\uD800丁😀\t\n')).toBe('甲乙丙丁😀\t\n')
  })

  it('every .docx exported from random hostile text parses strictly, part by part', async () => {
    const r = mulberry32(7)
    for (let i = 0; i < 40; i++) {
      const report = hostileReport(r)
      const bytes = await renderExport(report, 'docx', { blankAs: i % 2 ? 'zero' : 'slash', typography: DEFAULT_TYPOGRAPHY })
      const parts = unzipSync(bytes)
      for (const [name, data] of Object.entries(parts)) {
        if (name.endsWith('.xml') || name.endsWith('.rels')) parseStrictXml(strFromU8(data), `run ${i}, ${name}`)
      }
      // The readable text is all still there.
      const document = strFromU8(parts['word/document.xml'])
      expect(document).toContain('某局')
      expect(document).toContain('政府信息公开工作年度报告')
    }
  })

  it('every web page exported from random hostile text parses strictly, with no character a browser flags', async () => {
    const r = mulberry32(11)
    const flagged = /[\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/u
    for (let i = 0; i < 200; i++) {
      const report = hostileReport(r)
      const html = new TextDecoder('utf-8', { fatal: true }).decode(await renderExport(report, 'html', { blankAs: 'zero', typography: DEFAULT_TYPOGRAPHY }))
      parseStrictXml(htmlAsXml(html), `run ${i}`)
      expect(flagged.test(html), `run ${i}`).toBe(false)
      expect(html).toContain('<h1><span class="title-line">某局')
    }
  })
})
