import { describe, expect, it } from 'vitest'
import { preflightExport, preflightSummary } from '../../../src/shared/export/preflight'
import { templateFromLastYear } from '../../../src/shared/import/next-year'
import { parseExchangeText } from '../../../src/shared/report'
import { clearReviewMarkers, reviewMarkerSpans } from '../../../src/shared/report/review-marker'
import { checkReport } from '../../../src/shared/rules'
import { splitParagraphs } from '../../../src/main/export/paragraphs'
import { readShared } from '../../helpers/fixtures'

const last = parseExchangeText(readShared('fixtures/jiaxing-zjj-2020.json'))
const next = templateFromLastYear(last)

describe('review markers carried over from last year’s text', () => {
  it('S3 flags each section holding markers, with a span on every marker, and no second S3 for the marked years', () => {
    const s3 = checkReport(next, last).filter((w) => w.rule === 'S3' && w.section === 'overview')
    const markers = reviewMarkerSpans(next.text.overview)
    expect(markers.length).toBeGreaterThan(0)
    expect(s3).toHaveLength(1)
    expect(s3[0].fingerprint).toBe('S3:overview:marker')
    expect(s3[0].spans).toEqual(markers.map((m) => ({ section: 'overview', start: m.start, end: m.end })))
    expect(next.text.overview.slice(s3[0].spans![0].start, s3[0].spans![0].end)).toMatch(/^【请核对：\d{4}年】$/)
  })

  it('clears once the user removes the markers', () => {
    const checked = { ...next, text: { ...next.text, overview: clearReviewMarkers(next.text.overview) } }
    expect(checkReport(checked, last).some((w) => w.fingerprint === 'S3:overview:marker')).toBe(false)
  })

  it('preflight counts the markers left and says so', () => {
    const p = preflightExport(next, last)
    const total = p.reviewMarkers.reduce((n, m) => n + m.count, 0)
    expect(total).toBe(reviewMarkerSpans(next.text.overview + next.text.problems + next.text.other).length)
    expect(preflightSummary(p)).toContain(`${total} 处“【请核对】”标记未处理`)
  })

  it('is never printed in the document text', () => {
    const printed = splitParagraphs(next.text.overview).map((p) => p.head + p.rest).join('\n')
    expect(printed).not.toContain('【请核对')
    expect(printed).toContain('2020年')
  })
})
