import { describe, expect, it } from 'vitest'
import { draftReport, insertUnderSubHeadings, resolveLink, subHeadingEnd } from '../../../src/shared/drafting'
import { checkReport } from '../../../src/shared/rules'
import { QUIET_DAY, consistent2021 } from '../rules/reports'

// Drafted statements placed under their 2021 sub-headings when the text has them.

const TEXT = ['2021年，我局全面推进政务公开。', '（一）主动公开', '通过门户网站主动公开信息。', '(二)依申请公开情况', '严格按照条例办理。', '（三）政府信息管理', '加强审核。'].join('\n')

describe('placing drafted statements under sub-headings', () => {
  it('finds the end of a sub-heading’s part, whatever its brackets and wording after the words', () => {
    expect(TEXT.slice(0, subHeadingEnd(TEXT, '（二）依申请公开'))).toMatch(/严格按照条例办理。$/)
    expect(TEXT.slice(0, subHeadingEnd(TEXT, '（一）主动公开'))).toMatch(/主动公开信息。$/)
    expect(subHeadingEnd(TEXT, '（五）监督保障')).toBeUndefined()
    expect(subHeadingEnd(TEXT, '（三）政府信息管理')).toBe(TEXT.length)
  })

  it('puts each group at the end of its part, the summary after the lead, the rest at the end, all linked and clean', () => {
    const r = consistent2021()
    const groups = draftReport(r).filter((g) => g.section === 'overview')
    const placed = insertUnderSubHeadings(TEXT, [], 'overview', groups)
    const lines = placed.text.split('\n')
    const after = (heading: string) => lines[lines.findIndex((l) => l.includes(heading)) + 2]
    expect(after('（一）主动公开')).toMatch(/^本年度制发行政规范性文件/)
    expect(after('依申请公开情况')).toMatch(/^2021年，我局共新收政府信息公开申请60件/)
    expect(lines[lines.length - 1]).toMatch(/^本年度，我局.*行政诉讼/) // （五）监督保障 is not in the text
    expect(placed.atEnd).toBe(1) // 四
    expect(lines[1]).toMatch(/^2021年，我局制发行政规范性文件14件；共收到政府信息公开申请60件/) // the summary closes the lead
    for (const l of placed.links) expect(resolveLink(placed.text, l)).toBeDefined()
    const report = { ...r, text: { ...r.text, overview: placed.text }, textLinks: placed.links }
    expect(checkReport(report, null, { today: QUIET_DAY }).filter((w) => w.rule === 'T1')).toEqual([])
  })
})
