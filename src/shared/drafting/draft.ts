import { FORMATS, TABLE_HEADINGS } from '../form'
import type { TextSectionKey } from '../form'
import type { ReportContent } from '../report/types'
import { draftApplications } from './applications'
import { selfName, tablesOf } from './compose'
import { draftFees } from './fees'
import { draftProactive } from './proactive'
import { draftReviewSuits } from './review-suits'
import { draftSummary } from './summary'
import type { DraftGroup } from './types'

// 生成表述: the standard statements a report's text makes from its tables, grouped as the official
// form orders them, each group with the text section (and 2021 sub-heading) it belongs under.


export function draftReport(report: ReportContent): DraftGroup[] {
  const t = tablesOf(report)
  const self = selfName(report.agency)
  const sections = FORMATS[report.format].sections
  const heading = (key: TextSectionKey) => sections.find((s) => s.key === key)?.heading ?? key
  // 2021 practice: （一）主动公开 （二）依申请公开 … （五）监督保障 under 一、总体情况.
  const sub = sections.find((s) => s.key === 'overview')?.subHeadings ?? []
  const groups: DraftGroup[] = [
    { family: 'summary', title: `${heading('overview')}（概述）`, section: 'overview', sentences: draftSummary(t, self) },
    { family: 'proactive', title: TABLE_HEADINGS.t2, section: 'overview', subHeading: sub[0], sentences: draftProactive(t) },
    { family: 'applications', title: TABLE_HEADINGS.t3, section: 'overview', subHeading: sub[1], sentences: draftApplications(t, self) },
    { family: 'reviewSuits', title: TABLE_HEADINGS.t4, section: 'overview', subHeading: sub[4], sentences: draftReviewSuits(t, self) },
    { family: 'fees', title: `${heading('other')}（信息处理费）`, section: 'other', sentences: draftFees(t) }
  ]
  return groups.filter((g) => g.sentences.length > 0)
}
