import { Document, Packer, type Paragraph, type Table } from 'docx'
import { FORMATS } from '../../shared/form'
import type { Report } from '../../shared/report/types'
import type { BlankAs, Typography } from '../../shared/settings'
import { introParagraphs, signOffParagraphs, titleParagraphs } from './front-docx'
import { pageNumberFooters } from './page-numbers'
import { pageProperties, textWidthTwips } from './page-setup'
import { documentStyles, STYLE } from './styles'
import { reportTable } from './tables'
import { titleText } from './front-matter'
import { withFontTable } from './font-table'
import { sectionHeading, textParagraphs } from './text-docx'

// The whole report as a Word document: title, intro, the six sections in the format's order, sign-off.

/** Custom property naming the generator, so an importer can recognise nianbao's own documents. */
export const GENERATOR_PROPERTY = { name: 'nianbao', value: 'report@1' } as const

function body(report: Report, blankAs: BlankAs, t: Typography): (Paragraph | Table)[] {
  const textWidth = textWidthTwips(t)
  const out: (Paragraph | Table)[] = [...titleParagraphs(report, t, textWidth), ...introParagraphs(report, t)]
  for (const section of FORMATS[report.format].sections) {
    out.push(sectionHeading(section.heading))
    if (section.kind === 'table') {
      out.push(reportTable(report, section.key as 't2' | 't3' | 't4', blankAs, t, textWidth))
    } else {
      out.push(...textParagraphs(report.text[section.key as 'overview' | 'problems' | 'other'] ?? '', t))
    }
  }
  out.push(...signOffParagraphs(report, t))
  return out
}

export function buildDocument(report: Report, blankAs: BlankAs, t: Typography): Document {
  return new Document({
    title: titleText(report),
    creator: report.agency,
    customProperties: [GENERATOR_PROPERTY],
    evenAndOddHeaderAndFooters: t.pageNumbers,
    styles: documentStyles(t),
    sections: [{ properties: pageProperties(t), footers: pageNumberFooters(t), children: body(report, blankAs, t) }]
  })
}

export async function renderDocx(report: Report, blankAs: BlankAs, t: Typography): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildDocument(report, blankAs, t))
  return withFontTable(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), t, [STYLE.title, STYLE.table])
}
