import { strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { FORMATS } from '../../../src/shared/form'
import type { Report } from '../../../src/shared/report'
import { DEFAULT_TYPOGRAPHY, type Typography } from '../../../src/shared/settings'
import { renderExport } from '../../../src/main/export'
import { all, attr, bodyParagraphs, child, openDocx, runProps, styleResolver } from './docx-reader'
import { distinct2021Report, fixtureReport } from './reports'

async function open(report: Report, typography: Typography = DEFAULT_TYPOGRAPHY) {
  const docx = openDocx(await renderExport(report, 'docx', { blankAs: 'zero', typography }))
  return Object.assign(docx, { styles: styleResolver(docx.xml('word/styles.xml')) })
}

describe('Word document: page, typography and page numbers', () => {
  it('sets A4 with the GB/T 9704 margins in twips', async () => {
    const doc = (await open(fixtureReport())).xml('word/document.xml')
    const sect = all(doc, 'sectPr')[0]
    expect([attr(child(sect, 'pgSz'), 'w'), attr(child(sect, 'pgSz'), 'h')]).toEqual(['11906', '16838'])
    const mar = child(sect, 'pgMar')
    // 37, 35, 28, 26 mm.
    expect(['top', 'bottom', 'left', 'right'].map((k) => attr(mar, k))).toEqual(['2098', '1984', '1587', '1474'])
  })

  it('follows the margins the user set', async () => {
    const t = { ...DEFAULT_TYPOGRAPHY, marginsMm: { top: 30, bottom: 30, left: 25, right: 25 } }
    const mar = child(all((await open(fixtureReport(), t)).xml('word/document.xml'), 'sectPr')[0], 'pgMar')
    expect(['top', 'bottom', 'left', 'right'].map((k) => attr(mar, k))).toEqual(['1701', '1701', '1417', '1417'])
  })

  it('writes the title in 2号 小标宋 and body text in 3号 仿宋 with Times New Roman for digits', async () => {
    const docx = await open(fixtureReport())
    const { styles } = docx
    const paras = bodyParagraphs(docx.xml('word/document.xml'))
    const title = paras[0]
    expect(title.text).toBe('嘉兴市住房和城乡建设局2020年政府信息公开工作年度报告')
    expect(attr(styles.pProp(title.p, 'jc'), 'val')).toBe('center')
    expect(styles.fonts(title.p, runProps(title.p))).toEqual({ eastAsia: '方正小标宋简体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' })
    expect(styles.size(title.p, runProps(title.p))).toBe(44)

    const body = paras.find((p) => p.text.startsWith('今年以来'))!
    expect(styles.fonts(body.p, runProps(body.p))).toEqual({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' })
    expect(styles.size(body.p, runProps(body.p))).toBe(32)
    const spacing = styles.pProp(body.p, 'spacing')
    expect([attr(spacing, 'line'), attr(spacing, 'lineRule')]).toEqual(['578', 'exact'])
    const ind = styles.pProp(body.p, 'ind')
    expect([attr(ind, 'firstLineChars'), attr(ind, 'firstLine')]).toEqual(['200', '640'])
  })

  it('styles section headings 黑体 and sub-headings 楷体 / bold 仿宋', async () => {
    const docx = await open(fixtureReport())
    const { styles } = docx
    const paras = bodyParagraphs(docx.xml('word/document.xml'))
    for (const heading of FORMATS['2019'].sections.map((s) => s.heading)) {
      const p = paras.find((x) => x.text === heading)
      expect(p, heading).toBeDefined()
      expect(styles.fonts(p!.p, runProps(p!.p)).eastAsia).toBe('黑体')
      expect(styles.size(p!.p, runProps(p!.p))).toBe(32)
    }
    const h2 = paras.find((x) => x.text === '（一）主动公开情况')!
    expect(styles.fonts(h2.p, runProps(h2.p)).eastAsia).toBe('楷体_GB2312')
    const h3 = paras.find((x) => x.text.startsWith('1、规范流程'))!
    const head = runProps(h3.p, '1、规范流程，夯实主体责任。')
    expect(styles.fonts(h3.p, head).eastAsia).toBe('仿宋_GB2312')
    expect(styles.bold(h3.p, head)).toBe(true)
    // The paragraph text after the run-in heading is plain 仿宋.
    const rest = runProps(h3.p, '为进一步细化')
    expect(styles.bold(h3.p, rest)).toBe(false)
    expect(styles.fonts(h3.p, rest).eastAsia).toBe('仿宋_GB2312')
  })

  it('writes table text in the table font, 10 pt as the official template', async () => {
    const docx = await open(fixtureReport())
    const tables = all(docx.xml('word/document.xml'), 'tbl')
    for (const tbl of tables) {
      for (const p of all(tbl, 'p').filter((p) => all(p, 'r').length > 0)) {
        expect(docx.styles.fonts(p, runProps(p))).toEqual({ eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' })
        expect(docx.styles.size(p, runProps(p))).toBe(20)
      }
    }
  })

  it('numbers pages "— N —" with a PAGE field, odd pages right and even pages left', async () => {
    const docx = await open(fixtureReport())
    expect(all(docx.xml('word/settings.xml'), 'evenAndOddHeaders')).toHaveLength(1)
    const rels = strFromU8(docx.files['word/_rels/document.xml.rels'])
    const sect = all(docx.xml('word/document.xml'), 'sectPr')[0]
    const footers: Record<string, ReturnType<typeof docx.xml>> = Object.fromEntries(
      all(sect, 'footerReference').map((ref) => {
        const id = ref.getAttribute('r:id')
        const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1]
        return [attr(ref, 'type'), docx.xml(`word/${target}`)]
      })
    )
    expect(Object.keys(footers).sort()).toEqual(['default', 'even'])
    for (const [type, xml] of Object.entries(footers)) {
      const p = all(xml, 'p')[0]
      expect(all(p, 'instrText').map((i) => i.textContent?.trim())).toEqual(['PAGE'])
      expect(all(p, 't').map((t) => t.textContent).join('')).toBe('—  —')
      expect(attr(child(child(p, 'pPr')!, 'jc'), 'val')).toBe(type === 'even' ? 'left' : 'right')
      expect(docx.styles.size(p, runProps(p))).toBe(28)
    }
  })

  it('names its fonts without embedding them', async () => {
    const docx = await open(fixtureReport())
    expect(Object.keys(docx.files).filter((f) => /fonts\/|\.odttf$|\.ttf$/i.test(f))).toEqual([])
    expect(all(docx.xml('word/settings.xml'), 'embedTrueTypeFonts')).toHaveLength(0)
  })
})

describe('Word document: content', () => {
  it('writes the intro with the legal basis, the statistics period and the contact', async () => {
    const paras = bodyParagraphs((await open(fixtureReport())).xml('word/document.xml'))
    const intro = paras.find((p) => p.text.startsWith('本报告根据'))!.text
    expect(intro).toContain('《中华人民共和国政府信息公开条例》')
    expect(intro).toContain('2020年1月1日起至2020年12月31日止')
    expect(intro).toContain('国办公开办函〔2019〕60号')
    expect(intro).toContain('（地址：嘉兴市中环南路1号；邮编：314000；电话：0573-82000000）')
  })

  it('writes the six sections in order with their text, and the sign-off right-aligned', async () => {
    const report = distinct2021Report()
    const texts = bodyParagraphs((await open(report)).xml('word/document.xml')).map((p) => p.text)
    const headings = FORMATS['2021'].sections.map((s) => texts.indexOf(s.heading))
    expect(headings.every((i, k) => i > 0 && (k === 0 || i > headings[k - 1]))).toBe(true)
    for (const line of report.text.overview.split('\n')) expect(texts).toContain(line)
    const paras = bodyParagraphs((await open(report)).xml('word/document.xml'))
    const last = paras.slice(-2)
    expect(last.map((p) => p.text)).toEqual(['某某市某某局', '2022年1月15日'])
    for (const p of last) expect(attr(child(child(p.p, 'pPr')!, 'jc'), 'val')).toBe('right')
  })

  it('leaves the sign-off out when it is turned off', async () => {
    const report = distinct2021Report()
    report.signOff.enabled = false
    const texts = bodyParagraphs((await open(report)).xml('word/document.xml')).map((p) => p.text)
    expect(texts).not.toContain('2022年1月15日')
    expect(texts.filter((t) => t !== '').at(-1)).toBe(report.text.other)
  })
})

describe("Word document: the user's typography settings", () => {
  it('uses the fonts, sizes and line spacing the user chose', async () => {
    const t: Typography = { ...DEFAULT_TYPOGRAPHY, bodyFont: '宋体', bodySizePt: 14, lineSpacingPt: 26, heading1Font: '方正黑体_GBK', tableFont: '宋体', tableSizePt: 12 }
    const docx = await open(fixtureReport(), t)
    const paras = bodyParagraphs(docx.xml('word/document.xml'))
    const body = paras.find((p) => p.text.startsWith('今年以来'))!
    expect(docx.styles.fonts(body.p, runProps(body.p)).eastAsia).toBe('宋体')
    expect(docx.styles.size(body.p, runProps(body.p))).toBe(28)
    expect(attr(docx.styles.pProp(body.p, 'spacing'), 'line')).toBe('520')
    const heading = paras.find((p) => p.text === '一、总体情况')!
    expect(docx.styles.fonts(heading.p, runProps(heading.p)).eastAsia).toBe('方正黑体_GBK')
    const [t2, , t4] = all(docx.xml('word/document.xml'), 'tbl')
    const sizes = (tbl: (typeof t2)) => new Set(all(tbl, 'p').filter((p) => all(p, 'r').length > 0).map((p) => docx.styles.size(p, runProps(p))))
    expect(sizes(t2)).toEqual(new Set([24]))
    // 四's fifteen columns stay at 五号 however large the other tables are set.
    expect(sizes(t4)).toEqual(new Set([21]))
  })

  it('leaves the footers out when page numbers are turned off', async () => {
    const docx = await open(fixtureReport(), { ...DEFAULT_TYPOGRAPHY, pageNumbers: false })
    expect(all(all(docx.xml('word/document.xml'), 'sectPr')[0], 'footerReference')).toHaveLength(0)
    // Written as w:val="false" (or not at all): either way Word shows no even-page footer.
    expect(all(docx.xml('word/settings.xml'), 'evenAndOddHeaders').every((e) => attr(e, 'val') === 'false')).toBe(true)
  })

  it('sets the GB/T 9704 document grid: 22 lines of 28 characters', async () => {
    const sect = all((await open(fixtureReport())).xml('word/document.xml'), 'sectPr')[0]
    const grid = child(sect, 'docGrid')
    expect(attr(grid, 'type')).toBe('lines')
    // Text block 225 mm high, 156 mm wide: a line every 579 twips, a character every 15.8 pt.
    expect(Number(attr(grid, 'linePitch'))).toBe(579)
    const charSpace = Number(attr(grid, 'charSpace'))
    expect(charSpace).toBe(-842)
    expect((16 + charSpace / 4096) * 28).toBeLessThanOrEqual(8845 / 20)
    expect((16 + charSpace / 4096) * 29).toBeGreaterThan(8845 / 20)
    expect((22 * 579) / 20).toBeLessThanOrEqual((16838 - 2098 - 1984) / 20)
  })

  it('declares font fallbacks: 仿宋_GB2312 → 仿宋 → FangSong, 方正小标宋简体 → 华文中宋 → 宋体, 楷体_GB2312 → 楷体', async () => {
    const fonts = all((await open(fixtureReport())).xml('word/fontTable.xml'), 'font')
    const alt = Object.fromEntries(fonts.map((f) => [attr(f, 'name'), attr(child(f, 'altName'), 'val')]))
    expect(alt['仿宋_GB2312']).toBe('仿宋')
    expect(alt['仿宋']).toBe('FangSong')
    expect(alt['方正小标宋简体']).toBe('华文中宋')
    expect(alt['华文中宋']).toBe('宋体')
    expect(alt['楷体_GB2312']).toBe('楷体')
    expect(Object.keys(alt)).toContain('黑体')
    expect(fonts.every((f) => attr(child(f, 'charset'), 'val') !== null)).toBe(true)
  })

  it('writes no empty paragraph for blank lines and cites the format notice in book-title marks', async () => {
    const report = distinct2021Report()
    report.text.problems = '一是公开质量有待提高。\n\n\n二是解读形式不够丰富。'
    const paras = bodyParagraphs((await open(report)).xml('word/document.xml'))
    const i = paras.findIndex((p) => p.text === '一是公开质量有待提高。')
    expect(paras[i + 1].text).toBe('二是解读形式不够丰富。')
    expect(paras.some((p) => p.text.includes('《政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）'))).toBe(true)
  })
})
