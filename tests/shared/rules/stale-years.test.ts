import { describe, expect, it } from 'vitest'
import { checkReport } from '../../../src/shared/rules'
import type { Report } from '../../../src/shared/report'
import { QUIET_DAY, consistent2021, fixture2020, withText } from './reports'

const s3 = (r: Report) => checkReport(r, null, { today: QUIET_DAY }).filter((w) => w.rule === 'S3')
const in2020 = (text: string) => withText(fixture2020(), 'problems', text)

describe('S3 a year that is not this report\'s', () => {
  it.each([
    '（三）2021年进一步改进措施：加强培训。', // next year's plans
    '落实国办发〔2020〕17号和嘉政办发〔2019〕36号文件要求。', // document numbers
    '按照《2019年政务公开工作要点》要求，做好“十三五”规划收官工作。', // a title
    '自2019年5月15日新条例施行以来，我局不断完善制度。', // when something started
    '《条例》于2008年5月1日起施行。',
    '较2019年增长15%。', // a comparison with last year
    '2019年结转的5件申请已全部办结。', // last year's carry-over
    '针对2019年报告中指出的问题，逐项整改。',
    '力争到2025年实现全覆盖。', // a plan target
    '“十三五”（2016—2020年）期间成效明显。', // a plan period
    '我局连续三年（2016年至2018年）获评先进单位。' // history
  ])('%s', (text) => {
    expect(s3(in2020(text))).toEqual([])
  })

  it('flags last year\'s figures left in the text, once per year with a span per mention', () => {
    const text = '2019年共受理申请45件，2019年已全部办结。'
    const [w] = s3(in2020(text))
    expect(w).toMatchObject({ severity: 'warning', section: 'problems', fingerprint: 'S3:problems:2019' })
    expect(w.spans).toEqual([
      { section: 'problems', start: 0, end: 5 },
      { section: 'problems', start: 14, end: 19 }
    ])
    expect(w.message).toContain('“2019年”（2处），本报告是2020年度报告')
  })

  it('flags an older year stated as a fact and a far-future year that is not a plan', () => {
    const r = in2020('2017年共发布信息300条。2030年。')
    expect(s3(r).map((w) => w.fingerprint)).toEqual(['S3:problems:2017', 'S3:problems:2030'])
  })

  it('reads the year of the report itself, in the 2021 format too', () => {
    expect(s3(consistent2021())).toEqual([])
    expect(s3(withText(consistent2021(), 'overview', '2020年我局在政府网站发布信息1057条。')).map((w) => w.fingerprint)).toEqual([
      'S3:overview:2020'
    ])
  })
})

describe('S3 knows the past years a report honestly names', () => {
  it.each([
    '公开2019年部门决算和2020年部门预算。',
    '及时公开2019年度部门决算。',
    '公开2020年政府预算、2019年政府决算。',
    '公布2019年度财政专项资金绩效评价结果。',
    '2019年度审计发现的问题已整改到位。',
    '公开2019年度政务公开考核结果。',
    '依申请公开数量比2019年有所增加。',
    '与2019年相比，申请数量基本持平。',
    '2019年至2020年共开展培训6次。',
    '按照〔2019〕5号文件要求开展工作。'
  ])('%s', (text) => {
    expect(s3(in2020(text))).toEqual([])
  })

  it.each([
    ['2019年，我局共发布信息300条。', 'S3:problems:2019'],
    ['2019年我局在门户网站发布信息1000条。', 'S3:problems:2019'],
    ['2019年共制定规范性文件14个。', 'S3:problems:2019']
  ])('flags the report\'s own statement dated last year: %s', (text, fp) => {
    expect(s3(in2020(text)).map((w) => w.fingerprint)).toEqual([fp])
  })
})

describe('S3 with last year\'s report linked', () => {
  const last = { ...fixture2020(), year: 2019, text: { overview: '2019年，我局共收到申请45件，较上年增长10%。全年开展培训2次。', problems: '', other: '' } }
  const check = (text: string) => checkReport(in2020(text), last, { today: QUIET_DAY }).filter((w) => w.rule === 'S3')

  it('flags a sentence of last year\'s report pasted with its year, even in words that look honest', () => {
    const text = '2020年工作稳步推进。2019年，我局共收到申请45件，较上年增长10%。'
    const [w] = check(text)
    expect(w.fingerprint).toBe('S3:problems:pasted')
    expect(w.spans).toEqual([{ section: 'problems', start: text.indexOf('2019'), end: text.length - 1 }])
    expect(w.message).toContain('1句与上年报告一字不差，且写的是“2019年”')
  })

  it('leaves the same sentence rewritten for this year, and sentences without last year\'s year', () => {
    expect(check('2020年，我局共收到申请60件，较上年增长33%。全年开展培训2次。')).toEqual([])
  })
})

describe('S3 two-year narration', () => {
  it('reads last year\'s figure followed by this year\'s as a comparison', () => {
    expect(s3(in2020('我局2019年主动公开行政许可33项。2020年新增公开行政许可0项。'))).toEqual([])
  })

  it('still flags it when the next sentence is a plan or another subject', () => {
    expect(s3(in2020('2019年主动公开行政许可33项。2020年将继续做好公开工作。')).map((w) => w.fingerprint)).toEqual(['S3:problems:2019'])
    expect(s3(in2020('2019年主动公开行政许可33项。全年开展培训2次。')).map((w) => w.fingerprint)).toEqual(['S3:problems:2019'])
  })
})

describe('S3 boilerplate carried over', () => {
  it('flags last year in the statistics period, whatever the sentence says', () => {
    expect(s3(in2020('本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。')).map((w) => w.fingerprint)).toEqual(['S3:problems:2019'])
    expect(s3(in2020('本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。'))).toEqual([])
  })

  it('reads a year written with a space before 年', () => {
    expect(s3(in2020('2019 年，我局共发布信息300条。')).map((w) => w.fingerprint)).toEqual(['S3:problems:2019'])
  })

  it('with last year linked, flags a pasted "截至…" and "…年以来" sentence, not a date something started', () => {
    const last = { ...fixture2020(), year: 2019, text: { overview: '截至2019年12月31日，全年主动公开信息465条。2019年以来，我局认真落实条例。自2019年5月15日新条例施行以来，我局不断完善制度。', problems: '', other: '' } }
    const check = (text: string) => checkReport(in2020(text), last, { today: QUIET_DAY }).filter((w) => w.rule === 'S3').map((w) => w.fingerprint)
    expect(check('截至2019年12月31日，全年主动公开信息465条。')).toEqual(['S3:problems:pasted'])
    expect(check('2019年以来，我局认真落实条例。')).toEqual(['S3:problems:pasted'])
    expect(check('自2019年5月15日新条例施行以来，我局不断完善制度。')).toEqual([])
  })
})
