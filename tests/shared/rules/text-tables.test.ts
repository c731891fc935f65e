import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import type { Report } from '../../../src/shared/report'
import { QUIET_DAY, consistent2021, fixture2020, withCell, withText } from './reports'

// T1 over the fixture's figures: 新收 60 (+5 结转 = 65), （七）总计 61, 结转下年度 4, 不予处理 2,
// 无法提供 33, 行政复议 0, 行政诉讼 3 (直接起诉 3).
const t1 = (r: Report) => checkReport(r, null, { today: QUIET_DAY }).filter((w) => w.rule === 'T1')
const say = (text: string) => withText(fixture2020(), 'overview', text)

describe('T1 honest text raises nothing', () => {
  it.each([
    '2020年共受理依申请公开60件，目前已答复56件，其余4件正在按照程序办理。',
    '本年度共收到政府信息公开申请60件，加上年结转5件，共办结61件，结转下年度4件。',
    '全年共受理政府信息公开申请65件（含上年结转），已全部按时答复。',
    '共受理申请60件，已答复61件（含上年结转5件）。',
    '我局共收到政府信息公开申请六十件。',
    '其中予以公开15件，部分公开8件，无法提供33件，不予处理2件，其他处理3件。',
    '因本机关不掌握相关政府信息无法提供33件。',
    '发生政府信息公开行政诉讼3件，未发生行政复议案件。',
    '全年发生行政复议0件，行政诉讼3件。',
    '较上年的45件增长33%。共受理申请60件。',
    '2019年共收到政府信息公开申请45件。',
    '共收到自然人申请58件，法人或其他组织申请2件。',
    '办结人大代表建议12件，政协提案8件。',
    '接到咨询电话120件。',
    '依申请公开工作中，收到市领导批示件3件。',
    '全年受理依申请公开60件，受理12345热线转办件200件。',
    '收到政府信息公开申请60件（其中上年结转5件）。'.replace('60', '65'),
    '行政复议、行政诉讼各1件。'
  ])('%s', (text) => {
    expect(t1(say(text))).toEqual([])
  })

  it('is quiet about statements whose table cells are blank (nothing to compare yet)', () => {
    expect(t1(say('共收到政府信息公开申请70件。'))).toHaveLength(1)
    // Both readings of 收到 need 新收·总计 (or all six applicant cells it adds up): with those blank
    // there is nothing to contradict.
    const blank = withCell(withCell(say('共收到政府信息公开申请70件。'), 't3.new.total', null), 't3.new.natural', null)
    expect(t1(blank)).toEqual([])
  })
})

describe('T1 on a full realistic paragraph', () => {
  const paragraph =
    '2021年，本机关共收到政府信息公开申请60件，其中网上申请52件、信函申请8件；上年结转政府信息公开申请5件。' +
    '全年共答复61件，其中予以公开15件，部分公开8件，无法提供33件，不予处理2件，其他处理3件；结转至2022年继续办理4件。' +
    '因政府信息公开工作被申请行政复议0件、被提起行政诉讼3件。'

  it('raises nothing when every figure agrees with the tables', () => {
    expect(t1(withText(consistent2021(), 'overview', paragraph))).toEqual([])
  })

  it('flags exactly the one figure that was changed', () => {
    const wrong = paragraph.replace('部分公开8件', '部分公开9件')
    expect(t1(withText(consistent2021(), 'overview', wrong)).map((w) => w.fingerprint)).toEqual(['T1:overview:partial:1'])
  })
})

describe('T1 dishonest text is flagged with the numbers and the span', () => {
  it('a received count matching no reading', () => {
    const text = '2020年共受理依申请公开58件，目前已答复56件。'
    const [w] = t1(say(text))
    expect(w.fingerprint).toBe('T1:overview:received:1')
    expect(w.cells[0]).toBe('t3.new.total')
    expect(w.message).toContain('“受理依申请公开58件”（58）与表格不一致')
    expect(w.message).toContain('为60')
    expect(w.message).toContain('本年新收加上年结转为65')
    expect(w.spans).toEqual([{ section: 'overview', start: text.indexOf('受理'), end: text.indexOf('58件') + 3 }])
    expect(w.section).toBe('overview')
  })

  it('an answered count matching none of total, new − carried forward, total − carried over', () => {
    const [w] = t1(say('共受理申请60件，已办结50件。'))
    expect(w.fingerprint).toBe('T1:overview:answered:1')
    expect(w.message).toContain('为61；本年新收减结转下年度为56；办理结果总计减上年结转为56')
  })

  it('a carried-forward count, written either way', () => {
    expect(t1(say('共受理申请60件，结转下年度继续办理6件。'))[0].cells).toEqual(['t3.carriedForward.total'])
    expect(t1(say('共受理申请60件，其余6件正在办理。')).map((w) => w.fingerprint)).toEqual([
      'T1:overview:carriedForward:1'
    ])
  })

  it('a group total (无法提供 = its three rows) and its rows all count as honest, other numbers not', () => {
    const r = withCell(withCell(say('对申请无法提供的共34件。'), 't3.unable.unclear.total', 1), 't3.unable.unclear.natural', 1)
    // the table itself now says 33 + 0 + 1 = 34 for the group: honest
    expect(t1(r)).toEqual([])
    expect(t1(say('申请中无法提供35件。'))[0].message).toContain('各项合计为33')
  })

  it('review and lawsuit counts against 表四', () => {
    const warnings = t1(say('全年发生政府信息公开行政复议2件，行政诉讼4件。'))
    expect(warnings.map((w) => w.fingerprint)).toEqual(['T1:overview:review:1', 'T1:overview:suit:1'])
    expect(warnings[0].cells).toEqual(['t4.review.total'])
    expect(warnings[1].cells).toEqual(['t4.suitDirect.total', 't4.suitAfterReview.total'])
  })

  it('reads full-width digits and keeps offsets in the original text', () => {
    const text = '今年共收到申请５８件。'
    const [w] = t1(say(text))
    expect(w.spans?.[0]).toEqual({ section: 'overview', start: 2, end: text.length - 1 })
    expect(w.message).toContain('“共收到申请５８件”（58）')
  })

  it('works the same in the 2021 format and in other text sections', () => {
    const r = withText(consistent2021(), 'other', '本年度共收到政府信息公开申请59件。')
    expect(t1(r).map((w) => w.fingerprint)).toEqual(['T1:other:received:1'])
  })

  it('keeps the fingerprint when the number or the table changes', () => {
    const a = t1(say('共受理申请58件。'))[0].fingerprint
    const b = t1(withCell(say('共受理申请57件。'), 't3.new.natural', 59))[0].fingerprint
    expect(a).toBe(b)
  })
})
