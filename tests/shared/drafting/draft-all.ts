import { draftReport, insertDraft } from '../../../src/shared/drafting'
import type { DraftGroup } from '../../../src/shared/drafting'
import type { ReportContent, TextLink } from '../../../src/shared/report'

/**
 * The report with every drafted statement inserted where it belongs, one paragraph per group, as
 * a user pressing 插入到末尾 for each group would get it: the report's own text replaced, so only the drafted words are checked.
 */
export function withDraftedText<R extends ReportContent>(report: R): { report: R & { textLinks: TextLink[] }; groups: DraftGroup[] } {
  const groups = draftReport(report)
  let text = { overview: '', problems: '', other: '' }
  let links = report.textLinks ?? []
  for (const g of groups) {
    const ins = insertDraft(text[g.section], links, g.section, text[g.section].length, [g.sentences])
    text = { ...text, [g.section]: ins.text }
    links = ins.links
  }
  return { report: { ...report, text, textLinks: links }, groups }
}
