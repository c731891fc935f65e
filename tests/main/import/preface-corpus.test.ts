import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importFile } from '../../../src/main/import'
import { loadCorpus } from '../../../scripts/corpus/load'
import { EMPTY_CONTACT } from '../../../src/shared/report'

// The 前言 and the contact details read from real published reports (tests/fixtures/real/), each
// checked by hand against the file: Word, legacy Word, PDF, web page and copied text.

const corpus = loadCorpus()
const read = async (name: string) => {
  const entry = corpus.find((e) => e.name === name)!
  return (await importFile(new Uint8Array(readFileSync(entry.path)), basename(entry.path))).report
}

const SHANGHAI_PREFACE =
  '本年度报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）的要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议和提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况及其他需要报告的事项。本年度报告中所列数据统计期限从2019年1月1日到12月31日止。本年度报告电子版可从“中国上海”门户网站（www.shanghai.gov.cn）下载。'

describe('前言 and contact details from real reports', () => {
  // The PDF is read by pdf.js: slow on a busy machine, hence the generous time limit.
  it.each(['shanghai-bgt-2019-lo-docx', 'shanghai-bgt-2019-lo-doc', 'shanghai-bgt-2019-lo-pdf', 'shanghai-bgt-2019-repo', 'shanghai-bgt-2019-copied'])(
    '%s: the 前言 between the title and 一, word for word, and the website it names',
    async (name) => {
      const r = await read(name)
      expect(r.meta?.preface).toBe(SHANGHAI_PREFACE)
      expect(r.meta?.contact).toEqual({ ...EMPTY_CONTACT, website: 'www.shanghai.gov.cn' })
      // The 前言 is not part of 一、总体情况.
      expect(r.text.overview).not.toContain('本年度报告根据')
    },
    90_000
  )

  it('开阳县市场监督管理局 2021 (web page): two paragraphs, address, 邮编, phone and website', async () => {
    const r = await read('kaiyang-scjgj-2021-page')
    const paragraphs = r.meta!.preface!.split('\n')
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0]).toBe('根据《中华人民共和国政府信息公开条例》(国务院令第711号,以下简称《条例》)要求,现公布开阳县市场监督管理局2021年政府信息公开工作年度报告。')
    expect(paragraphs[1]).toMatch(/^本报告包括总体情况、.*所列数据统计时限为2021年1月1日至2021年12月31日。.*电话\(传真\):0851-87250462\)。$/)
    expect(r.meta?.contact).toEqual({
      address: '开阳县城关镇开州大道154号',
      postcode: '550300',
      phone: '0851-87250462',
      email: '',
      website: 'http://www.kaiyang.gov.cn/zwgk/zfxxgk/xxgknb_5784164/2020_123/'
    })
  })

  it('阿巴嘎旗自然资源局 2023: the phone given for questions', async () => {
    const r = await read('abag-zrzyj-2023-page')
    expect(r.meta?.preface).toMatch(/^本报告根据《中华人民共和国政府信息公开条例》.*统计期限为2023年1月1日至2023年12月31日。如对本年度报告有疑问,请与阿巴嘎旗自然资源局办公室联系\(电话:0479-2022416\)。$/)
    expect(r.meta?.contact).toEqual({ ...EMPTY_CONTACT, phone: '0479-2022416' })
  })

  it('微山县两城镇 2020: contact under a heading the importer does not take for 一 (地址, 邮编, 电话)', async () => {
    const r = await read('weishan-liangcheng-2020-page')
    expect(r.meta?.contact).toEqual({ ...EMPTY_CONTACT, address: '微山县两城镇人民政府驻地府前路1号', postcode: '272199', phone: '0537-8451001' })
  })

  it('湖口县卫健委 2022: a title the importer cannot read is not taken into the 前言', async () => {
    const r = await read('hukou-wjw-2022-page')
    expect(r.meta?.preface).toBe('根据《中华人民共和国政府信息公开条例》(以下简称《条例》)第五十条规定,现编制本年度报告。本报告所列数据统计期限自2022年1月1日至2022年12月31日。')
    expect(r.meta?.contact).toBeUndefined()
  })

  it.each(['daixian-wjj-2024-page', 'xinfeng-wjw-2023-page', 'liwan-nanyuan-2020-page', 'fusong-songjianghe-2020-page'])(
    '%s: a page with no 前言 gives none (its menus, dates and hit counters are not one)',
    async (name) => {
      const r = await read(name)
      expect(r.meta?.preface).toBeUndefined()
    }
  )
})
