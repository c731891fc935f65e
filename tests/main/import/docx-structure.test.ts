import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/main/import'
import { docxBytes, documentXml, p, tbl, tc, tr } from './make-docx'

// How the .docx reader handles Word's structures: grid spans, vertical merges, rows shifted by
// w:gridBefore, content controls, and tracked changes (insertions kept, deletions dropped).

const span = (n: number) => `<w:gridSpan w:val="${n}"/>`
const vRestart = '<w:vMerge w:val="restart"/>'
const vCont = '<w:vMerge/>'
const before = (n: number) => `<w:gridBefore w:val="${n}"/>`
const sdt = (inner: string) => `<w:sdt><w:sdtPr/><w:sdtContent>${inner}</w:sdtContent></w:sdt>`
const tracked = (kept: string, removed: string) =>
  `<w:tc><w:tcPr/><w:p><w:del w:id="1" w:author="a"><w:r><w:delText>${removed}</w:delText></w:r></w:del><w:ins w:id="2" w:author="a"><w:r><w:t>${kept}</w:t></w:r></w:ins></w:p></w:tc>`

const OUTCOMES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']

function t4Table(): string {
  // Every row starts one grid column late (w:gridBefore), as when a table was pasted indented.
  const header1 = tr(tc('行政复议', span(5)) + tc('行政诉讼', span(10)), before(1))
  const header2 = tr(OUTCOMES.map((o) => tc(o, vRestart)).join('') + tc('未经复议直接起诉', span(5)) + tc('复议后起诉', span(5)), before(1))
  const header3 = tr(OUTCOMES.map(() => tc('', vCont)).join('') + [...OUTCOMES, ...OUTCOMES].map((o) => tc(o)).join(''), before(1))
  const values = ['1', '0', '0', '1', '2', '2', '0', '0', '0', '2', '0', '0', '0', '1', '1']
  const data = tr(values.map((v, i) => (i === 0 ? tracked(v, '9') : i === 5 ? sdt(tc(v)) : tc(v))).join(''), before(1))
  return tbl(header1 + header2 + header3 + data)
}

function t2Table(): string {
  return tbl(
    tr(tc('第二十条第（五）项', span(4))) +
      tr(tc('信息内容') + tc('本年处理决定\n数量', span(3))) +
      tr(tc('行政许可') + sdt(tc('1,284件', span(3))))
  )
}

const body = [
  p('某市某局'),
  p('2021年度政府信息公开工作年度报告'),
  sdt(p('一、总体情况')),
  '<w:p><w:r><w:t>全年共收到申请</w:t></w:r><w:del w:id="3" w:author="a"><w:r><w:delText>9</w:delText></w:r></w:del><w:ins w:id="4" w:author="a"><w:r><w:t>8</w:t></w:r></w:ins><w:r><w:t>件。</w:t></w:r></w:p>',
  p('二、主动公开政府信息情况'),
  t2Table(),
  p('四、政府信息公开行政复议、行政诉讼情况'),
  t4Table(),
  p('五、存在的主要问题及改进情况'),
  p('问题一。')
].join('')

describe('the .docx reader on Word structures', () => {
  const load = () => importFile(docxBytes(documentXml(body)), 'structures.docx')

  it('reads a two-line title', async () => {
    const r = await load()
    expect([r.report.agency, r.report.year]).toEqual(['某市某局', 2021])
  })

  it('places values under merged, shifted headers by column', async () => {
    const r = await load()
    expect(r.report.cells['t4.review.upheld']).toBe(1)
    expect(r.report.cells['t4.review.total']).toBe(2)
    expect(r.report.cells['t4.suitDirect.upheld']).toBe(2)
    expect(r.report.cells['t4.suitDirect.total']).toBe(2)
    expect(r.report.cells['t4.suitAfterReview.pending']).toBe(1)
    expect(r.cells['t4.suitAfterReview.total'].where).toBe('表格2 第4行第16列')
  })

  it('keeps tracked insertions and drops tracked deletions', async () => {
    const r = await load()
    expect(r.report.cells['t4.review.upheld']).toBe(1)
    expect(r.report.text.overview).toBe('全年共收到申请8件。')
  })

  it('opens content controls, in the body and around cells', async () => {
    const r = await load()
    expect(r.report.cells['t2.licensing.decisions']).toBe(1284)
    expect(r.cells['t2.licensing.decisions'].raw).toBe('1,284件')
    expect(r.report.text.problems).toBe('问题一。')
  })

  it('lists the cells it did not find', async () => {
    const r = await load()
    const missing = r.problems.find((p) => p.message.includes('未在文件中找到'))
    expect(missing?.message).toMatch(/^有\d+个单元格未在文件中找到/)
  })
})
