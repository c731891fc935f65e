import { describe, expect, it } from 'vitest'
import { cellsOf } from '../../../src/shared/form'
import { draftReport } from '../../../src/shared/drafting'
import { selfName } from '../../../src/shared/drafting/compose'
import type { Report } from '../../../src/shared/report'
import { checkReport } from '../../../src/shared/rules'
import { QUIET_DAY, consistent2021, fixture2020, withCell } from '../rules/reports'
import { withDraftedText } from './draft-all'

// How the drafted statements read: figures only where the tables give them, zeros said in words,
// each statement in the section (and 2021 sub-heading) where offices put it; both formats and the
// mixed layout.

const all = (r: Report) => draftReport(r).flatMap((g) => g.sentences.map((s) => ({ ...s, family: g.family })))
const textOf = (r: Report, id: string) => all(r).find((s) => s.id === id)?.text
const t1 = (r: Report) => checkReport(withDraftedText(r).report, null, { today: QUIET_DAY }).filter((w) => w.rule === 'T1')

function zeros2021(): Report {
  const r = consistent2021()
  const cells: Report['cells'] = {}
  for (const info of cellsOf('2021')) cells[info.key] = 0
  return { ...r, cells }
}

function set(r: Report, values: Record<string, number | null>): Report {
  return Object.entries(values).reduce((acc, [k, v]) => withCell(acc, k, v), r)
}

describe('drafted statements', () => {
  it('never write a zero as a figure ("0件"), in any shape tried', () => {
    for (const r of [fixture2020(), consistent2021(), zeros2021()]) {
      for (const s of all(r)) expect(s.text, s.id).not.toMatch(/(?<![\d.])0(?:件|个|%|万元)/)
    }
  })

  it('say a year with nothing in one short sentence per subject', () => {
    const r = zeros2021()
    expect(textOf(r, 'applications.received')).toBe('2021年，我局未收到政府信息公开申请，也无上年结转的申请。')
    expect(textOf(r, 'reviewSuits.none')).toBe('本年度，我局未发生因政府信息公开引起的行政复议和行政诉讼。')
    expect(textOf(r, 'proactive.none')).toBe('本年度未制发行政规范性文件，未作出行政许可、行政处罚和行政强制决定，也未收取行政事业性收费。')
    expect(all(r).filter((s) => s.family === 'proactive')).toHaveLength(1)
    expect(t1(r)).toEqual([])
  })

  it('state results with 予以公开及部分公开, its share and the reasons, in the 2021 format', () => {
    const r = set(consistent2021(), { 't3.denied.process.natural': 1, 't3.denied.process.total': 1, 't3.denied.thirdParty.natural': 2, 't3.denied.thirdParty.total': 2, 't3.unable.notHeld.natural': 30, 't3.unable.notHeld.total': 30 })
    const results = textOf(r, 'applications.results')!
    expect(results).toContain('予以公开及部分公开23件，占')
    expect(results).toContain('不予公开3件（其中保护第三方合法权益2件、属于四类过程性信息1件）')
    expect(results).toContain('因本机关不掌握相关政府信息无法提供30件')
    expect(results).toContain('另有4件结转下年度继续办理')
  })

  it('in the mixed layout (2021 tables, 2019 single （六） row) read 其他处理 from that row', () => {
    const r = consistent2021()
    const cells: Report['cells'] = {}
    for (const [k, v] of Object.entries(r.cells)) if (!k.startsWith('t3.other.')) cells[k] = v
    for (const col of ['natural', 'commercial', 'research', 'nonprofit', 'legal', 'otherOrg', 'total']) cells[`t3.other.${col}`] = r.cells[`t3.other.misc.${col}`]
    const mixed = { ...r, cells }
    expect(textOf(mixed, 'applications.results')).toContain('其他处理3件')
    expect(all(mixed).some((s) => s.id === 'fees.overdue')).toBe(false) // no 三（六）2 row to speak of
    expect(t1(mixed)).toEqual([])
  })

  it('leave out a statement whose figures are blank rather than guess', () => {
    const r = withCell(fixture2020(), 't3.granted.total', null)
    expect(textOf(r, 'applications.results')).toBeUndefined()
    expect(textOf(r, 'applications.received')).toContain('60件')
  })

  it('follow 行政复议 and 行政诉讼 outcomes, the kinds of suit in a sentence of their own', () => {
    const r = set(consistent2021(), { 't4.review.upheld': 1, 't4.review.total': 1, 't4.suitAfterReview.corrected': 1, 't4.suitAfterReview.total': 1 })
    expect(textOf(r, 'reviewSuits.review')).toBe('本年度，我局因政府信息公开被申请行政复议1件，结果均为维持。')
    expect(textOf(r, 'reviewSuits.suits')).toBe(
      '因政府信息公开被提起行政诉讼4件，其中未经复议直接起诉3件、复议后起诉1件。行政诉讼案件中，结果维持2件、结果纠正1件、尚未审结1件。'
    )
    expect(t1(r)).toEqual([])
  })

  it('go where the official structure puts them: 2021 sub-headings of 一, fees in 六', () => {
    const groups = draftReport(set(consistent2021(), { 't3.other.overdueFee.natural': 1, 't3.other.overdueFee.total': 1 }))
    const where = Object.fromEntries(groups.map((g) => [g.family, `${g.section} ${g.subHeading ?? ''}`.trim()]))
    expect(where).toMatchObject({ summary: 'overview', proactive: 'overview （一）主动公开', applications: 'overview （二）依申请公开', reviewSuits: 'overview （五）监督保障', fees: 'other' })
    expect(groups.find((g) => g.family === 'fees')!.sentences[0].text).toContain('申请人逾期未按收费通知要求缴纳费用')
    expect(draftReport(fixture2020()).every((g) => g.subHeading === undefined)).toBe(true)
  })

  it('name the office the way offices name themselves', () => {
    expect(['嘉兴市住房和城乡建设局', '某县卫生健康委员会', '武汉市汉阳区人民政府办公室', '微山县两城镇人民政府', '南充市高坪区螺溪街道办事处', '某某中心', '某县人民政府'].map(selfName)).toEqual([
      '我局', '我委', '我办', '我镇', '我街道', '我中心', '本机关'
    ])
  })
})
