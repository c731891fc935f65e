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
