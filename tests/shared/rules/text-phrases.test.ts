import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import { claimsOf } from '../../../src/shared/rules/text-claims'
import { QUIET_DAY, fixture2020, withText } from './reports'

// T1 phrase families, each read by meaning. The fixture's figures: 新收 60 (自然人 58, 商业企业 2),
// 上年结转 5, 予以公开 15, 部分公开 8, 不予公开 0, 无法提供 33, 不予处理 2, 其他处理 3, 总计 61
// (自然人 59), 结转下年度 4; 表四 复议 0, 直接起诉 3 (维持 2, 尚未审结 1).
const t1 = (text: string) =>
  checkReport(withText(fixture2020(), 'overview', text), null, { today: QUIET_DAY })
    .filter((w) => w.rule === 'T1')
    .map((w) => w.fingerprint.replace('T1:overview:', ''))
const kinds = (text: string) => claimsOf(text).map((c) => `${c.kind}=${c.value}`)

describe('sums of categories', () => {
  it('reads "予以公开及部分公开" as one sum, not as 部分公开', () => {
    expect(kinds('申请中予以公开及部分公开23件。')).toEqual(['granted+partial=23'])
    expect(t1('申请中予以公开及部分公开23件。')).toEqual([])
    expect(t1('申请中予以公开和部分公开共24件。')).toEqual(['granted+partial:1'])
  })

  it('sums three categories joined by 、 and 和, and 不予公开和无法提供共', () => {
    expect(t1('对申请予以公开、部分公开和无法提供的共56件。')).toEqual([])
    expect(t1('对申请不予公开和无法提供共33件。')).toEqual([])
    expect(t1('对申请不予公开和无法提供共35件。')).toEqual(['denied+unable:1'])
  })

  it('stays quiet on "分别" (respective numbers are not a sum)', () => {
    expect(kinds('申请中予以公开和部分公开的分别为15件、8件。')).toEqual([])
  })
})

describe('enumerations: one claim per category', () => {
  const text = '本年度申请中，同意公开答复15件，部分公开答复8件，不予公开答复0件，无法提供答复33件，转下一年度办理答复的有4件。'
  it('reads each category, not four totals of replies', () => {
    expect(kinds(text)).toEqual(['granted=15', 'partial=8', 'denied=0', 'unable=33', 'carriedForward=4'])
    expect(t1(text)).toEqual([])
  })

  it('flags the one category whose number is wrong', () => {
    expect(t1(text.replace('部分公开答复8件', '部分公开答复9件'))).toEqual(['partial:1'])
    expect(t1(text.replace('办理答复的有4件', '办理答复的有5件'))).toEqual(['carriedForward:1'])
  })

  it('says nothing when a category and a verb are far apart ("对上年结转申请已答复3件")', () => {
    expect(kinds('对上年结转申请已答复3件。')).toEqual([])
  })
})

describe('办结N件（含上年结转M件）, 收到/受理/新收', () => {
  it.each([
    '共收到政府信息公开申请60件，办结61件（含上年结转5件）。',
    '本年新收政府信息公开申请60件。',
    '共受理政府信息公开申请65件（含上年结转5件）。',
    '今年共收悉申请六十件。'
  ])('honest: %s', (text) => {
    expect(t1(text)).toEqual([])
  })

  it.each([
    ['共收到政府信息公开申请62件，办结61件（含上年结转5件）。', ['received:1']],
    ['共收到政府信息公开申请60件，办结61件（含上年结转6件）。', ['carriedOver:1']],
    ['本年新收政府信息公开申请59件。', ['received:1']]
  ])('wrong: %s', (text, expected) => {
    expect(t1(text)).toEqual(expected)
  })
})

describe('stated shares, within rounding', () => {
  it('accepts a share of the results, of the new applications, rounded or truncated', () => {
    expect(t1('申请中予以公开15件，占24.59%。')).toEqual([]) // 15 / 61
    expect(t1('申请中予以公开15件，占比25%。')).toEqual([]) // 15 / 60
    expect(t1('申请中无法提供33件，占全部申请的54.1%。')).toEqual([]) // 33 / 61 = 54.098
    expect(t1('申请中无法提供33件（占54.0%）。')).toEqual([]) // truncated
  })

  it('flags a share no base gives, on the share itself', () => {
    const [w] = checkReport(withText(fixture2020(), 'overview', '申请中予以公开15件，占30.5%。'), null, { today: QUIET_DAY }).filter((x) => x.rule === 'T1')
    expect(w.fingerprint).toBe('T1:overview:granted:share:1')
    expect(w.message).toContain('15件占办理结果总计61的24.6%')
  })

  it('ignores percentages that are not a share of the count (办结率, 同比)', () => {
    expect(t1('共收到申请60件，按时办结率100%。')).toEqual([])
    expect(t1('申请中予以公开15件，同比增长30%。')).toEqual([])
  })
})

describe('applicant breakdown', () => {
  it.each([
    '申请人中，涉及自然人58件、商业企业2件。', // new
    '收到申请中自然人63件。', // new + carried over
    '从申请主体看，自然人申请58件，占96.67%；法人或其他组织申请2件，占3.33%。'
  ])('honest: %s', (text) => {
    expect(t1(text)).toEqual([])
  })

  it('flags a column matching no reading', () => {
    expect(t1('申请人中，涉及自然人80件、商业企业1件。')).toEqual(['applicant:natural:1', 'applicant:commercial:1'])
    expect(t1('申请人中法人或其他组织申请5件。')).toEqual(['applicant:orgs:1'])
  })

  it('does not read 企业 alone, or applicants in other sentences', () => {
    expect(kinds('收到企业申请2件。')).toEqual([])
    expect(kinds('走访自然人80件。')).toEqual([])
  })
})

describe('复议 and 诉讼 sentences', () => {
  it.each([
    '全年发生政府信息公开行政复议0件，行政诉讼3件，其中结果维持2件，尚未审结1件。',
    '本年度被申请行政复议0件；未经复议直接起诉3件，其中维持2件、尚未审结1件。'
  ])('honest: %s', (text) => {
    expect(t1(text)).toEqual([])
  })

  it('flags a wrong outcome of the group named before it', () => {
    expect(t1('本年度行政诉讼3件，其中结果维持3件。')).toEqual(['t4:suit:upheld:1'])
    expect(t1('本年度未经复议直接起诉3件，尚未审结2件。')).toEqual(['t4:suitDirect:pending:1'])
    expect(t1('本年度被申请行政复议1件。')).toEqual(['review:1'])
  })

  it('reads no outcome without its group in the sentence', () => {
    expect(kinds('维持原决定2件。')).toEqual([])
  })
})

describe('numbers about other things are never compared with 表三', () => {
  it.each([
    '收到申请后，办理人大代表建议30件、政协提案12件。',
    '全年办理政府信息公开申请相关的信访件20件。',
    '主动公开政府信息1057条，其中予以公开的规范性文件14件。',
    '依申请公开收费0元，办结申请于2020年12月31日前完成。',
    '依据国办发〔2020〕17号文件，收到申请后按时答复。',
    '受理12345热线转办的申请200件。'
  ])('%s', (text) => {
    expect(t1(text)).toEqual([])
  })
})

describe('context of a sentence', () => {
  it('keeps "about applications" across the parts of an enumeration split by "；"', () => {
    expect(kinds('共答复政府信息公开申请61件；予以公开15件；不予处理2件。')).toEqual(['answered=61', 'granted=15', 'rejected=2'])
    expect(kinds('共答复政府信息公开申请61件。予以公开15件。走访企业2件。')).toEqual(['answered=61', 'granted=15'])
  })

  it('reads a bare 诉讼 after 行政复议', () => {
    expect(kinds('信息公开类行政复议0件，诉讼3件。')).toEqual(['review=0', 'suit=3'])
    expect(t1('信息公开类行政复议0件，诉讼4件。')).toEqual(['suit:1'])
  })
})

describe('a table that fills only the applicant columns', () => {
  it('reads a blank 总计 cell as the sum of its six applicant cells when all are filled', () => {
    const r = withText(fixture2020(), 'overview', '申请中予以公开16件。')
    const blankTotal = { ...r, cells: { ...r.cells, 't3.granted.total': null } }
    const t1s = (x: typeof r) => checkReport(x, null, { today: QUIET_DAY }).filter((w) => w.rule === 'T1')
    expect(t1s(blankTotal).map((w) => w.message)).toEqual([expect.stringContaining('为15')])
    // One applicant cell blank too: nothing to compare with.
    expect(t1s({ ...blankTotal, cells: { ...blankTotal.cells, 't3.granted.legal': null } })).toEqual([])
  })
})

describe('numerals in words', () => {
  it('reads 六十件 but not 一起 ("together")', () => {
    expect(kinds('共收到政府信息公开申请六十件。')).toEqual(['received=60'])
    expect(kinds('对申请人提起的行政复议一起研究处理。')).toEqual([])
  })
})
