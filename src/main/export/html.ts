import { FORMATS, LAYOUTS, layoutOf, type TableId } from '../../shared/form'
import type { Report } from '../../shared/report/types'
import type { BlankAs, Typography } from '../../shared/settings'
import { introText, signOffLines, titleText } from './front-matter'
import { escapeHtml } from './html-escape'
import { htmlTable } from './html-table'
import { tableSizePt } from './table-size'
import { GRID, textWidthTwips } from './page-setup'
import { splitParagraphs } from './paragraphs'
import { resolveTitleLines } from '../../shared/report/title-breaks'
import { titleMaxChars } from './title-lines'

// The report as one self-contained web page for the office website: UTF-8, inline CSS, no external
// resources, the same tables as the Word document.

/**
 * A font name (typed in settings) as a quoted CSS string: quotes and backslashes escaped, line
 * breaks dropped, and "<" escaped so a name can never close the <style> element.
 */
export function cssFontName(name: string): string {
  return `"${name.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3C ')}"`
}

function css(t: Typography): string {
  const m = t.marginsMm
  const font = (cn: string) => `${cssFontName(t.latinFont)}, ${cssFontName(cn)}, serif`
  return `
body { max-width: 48em; margin: 2em auto; padding: 0 1em; font-family: ${font(t.bodyFont)}; font-size: ${t.bodySizePt}pt; line-height: ${t.lineSpacingPt}pt; color: #000; }
h1 .title-line { white-space: nowrap; }
h1 { font-family: ${font(t.titleFont)}; font-size: ${t.titleSizePt}pt; line-height: 1.5; text-align: center; font-weight: normal; margin: 0 0 1em; }
h2 { font-family: ${font(t.heading1Font)}; font-size: ${t.bodySizePt}pt; font-weight: normal; text-indent: ${t.firstLineIndentChars}em; margin: 0; }
p { text-indent: ${t.firstLineIndentChars}em; margin: 0; text-align: justify; }
p.blank { min-height: ${t.lineSpacingPt}pt; }
.h1 .title-line { white-space: nowrap; }
h1 { font-family: ${font(t.heading1Font)}; }
.h2 { font-family: ${font(t.heading2Font)}; }
.h3 { font-family: ${font(t.heading3Font)}; font-weight: ${t.heading3Bold ? 'bold' : 'normal'}; }
p.sign-off { text-align: right; text-indent: 0; padding-right: 2em; }
table.form-table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.5em 0 1em; font-family: ${font(t.tableFont)}; line-height: 1.3; }
.form-table th, .form-table td { border: 0.5pt solid #000; padding: 1pt 1mm; text-align: center; vertical-align: middle; font-weight: normal; word-break: keep-all; overflow-wrap: anywhere; }
.form-table .left { text-align: left; }
.form-table .top { vertical-align: top; }
.form-table .shaded { background: #c6d9f1; border-width: 1pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.form-table td.value { font-family: ${cssFontName(t.latinFont)}, serif; }
.form-table thead { display: table-header-group; }
.form-table.whole, .form-table tr { break-inside: avoid; page-break-inside: avoid; }
.form-table tr.keep-next { break-after: avoid; page-break-after: avoid; }
@page { size: A4; margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm; }${pageNumberCss(t)}
@media print { body { max-width: none; margin: 0; padding: 0; } p, h2 { letter-spacing: ${gridLetterSpacingPt(t).toFixed(2)}pt; } h2 { break-after: avoid; page-break-after: avoid; } }
`.trim()
}

/** The title broken between words as in the Word document; each line kept whole. */
/**
 * "— N —" page numbers when printed (GB/T 9704: 4号, odd pages right, even pages left, one character
 * in from the text block), in the page's margin boxes, so any Chromium print carries them.
 */
/** GB/T 9704's 28 characters a line: the spacing that brings the body size to the grid's pitch. */
function gridLetterSpacingPt(t: Typography): number {
  return textWidthTwips(t) / 20 / GRID.chars - t.bodySizePt
}

function pageNumberCss(t: Typography): string {
  if (!t.pageNumbers) return ''
  const box = (side: 'left' | 'right') =>
    `@bottom-${side} { content: "— " counter(page) " —"; font-family: ${cssFontName(t.pageNumberFont)}, serif; font-size: ${t.pageNumberSizePt}pt; vertical-align: top; padding-top: 7mm; text-align: ${side}; padding-${side}: ${t.pageNumberSizePt}pt; }`
  return `\n@page :right { ${box('right')} }\n@page :left { ${box('left')} }`
}

function titleHtml(report: Report, t: Typography): string {
  const { lines } = resolveTitleLines(report, titleMaxChars(textWidthTwips(t) / 20, t.titleSizePt))
  return lines.map((l) => `<span class="title-line">${escapeHtml(l)}</span>`).join('<br/>')
}

function textHtml(text: string): string {
  return splitParagraphs(text)
    .map((p) => {
      const head = p.head ? `<span class="${p.level}">${escapeHtml(p.head)}</span>` : ''
      return `<p>${head}${escapeHtml(p.rest)}</p>`
    })
    .join('\n')
}

export function renderHtmlText(report: Report, blankAs: BlankAs, t: Typography): string {
  const title = titleText(report)
  const sections = FORMATS[report.format].sections.map((s) => {
    const content =
      s.kind === 'table'
        ? htmlTable(LAYOUTS[layoutOf(report.format, report.cells)].tables[s.key as TableId], report.cells, blankAs, t, tableSizePt(s.key as TableId, t))
        : textHtml(report.text[s.key as 'overview' | 'problems' | 'other'] ?? '')
    return `<section data-section="${s.key}">\n<h2>${escapeHtml(s.heading)}</h2>\n${content}\n</section>`
  })
  const signOff = signOffLines(report)
    .map((l) => `<p class="sign-off">${escapeHtml(l)}</p>`)
    .join('\n')
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nianbao report@1">
<title>${escapeHtml(title)}</title>
<style>
${css(t)}
</style>
</head>
<body>
<h1>${titleHtml(report, t)}</h1>
<div class="intro">
${textHtml(introText(report))}
</div>
${sections.join('\n')}
${signOff ? `<p class="blank"></p>\n${signOff}` : ''}
</body>
</html>
`
}
