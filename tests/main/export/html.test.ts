import { describe, expect, it } from 'vitest'
import { DOMParser } from '@xmldom/xmldom'
import { FORMATS, T3_CORNER } from '../../../src/shared/form'
import { DEFAULT_TYPOGRAPHY } from '../../../src/shared/settings'
import { renderExport } from '../../../src/main/export'
import { distinct2021Report, fixtureReport } from './reports'
import type { Report } from '../../../src/shared/report'

async function html(report: Report, blankAs: 'zero' | 'slash' = 'zero'): Promise<string> {
  return new TextDecoder().decode(await renderExport(report, 'html', { blankAs, typography: DEFAULT_TYPOGRAPHY }))
}

describe('HTML export', () => {
  it('is one self-contained UTF-8 page with no external resources', async () => {
    const page = await html(fixtureReport())
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(page).toContain('<meta charset="utf-8">')
    expect(page).not.toMatch(/<(link|script|img|iframe)\b/i)
    expect(page).not.toMatch(/url\(|@import|src=|href=/i)
    expect(page).toContain('<title>嘉兴市住房和城乡建设局2020年政府信息公开工作年度报告</title>')
  })

  it('keeps a font name typed in settings inside its CSS string, whatever it holds', async () => {
    const hostile = '仿宋"; } body { display: none } </style><script>alert(1)</script>\\'
    const typography = { ...DEFAULT_TYPOGRAPHY, bodyFont: hostile, tableFont: hostile, pageNumberFont: hostile, latinFont: hostile }
    const page = new TextDecoder().decode(await renderExport(fixtureReport(), 'html', { blankAs: 'zero', typography }))
    expect(page).not.toMatch(/<script\b/i)
    expect(page.match(/<\/style>/g)).toHaveLength(1)
    expect(page).toContain('font-family: "仿宋\\"; } body { display: none } \\3C /style>\\3C script>alert(1)\\3C /script>\\\\"')
  })

  it('draws the tables with the same spans as the Word document', async () => {
    // Break opportunities (<wbr/>) aside, the cells hold the form's labels.
    const page = (await html(distinct2021Report())).replace(/<wbr\/>/g, '')
    expect(page).toContain(`<th colspan="3" rowspan="3" class="corner left">${T3_CORNER}</th>`)
    expect(page).toContain('<th colspan="7" class="header">申请人情况</th>')
    expect(page).toContain('<th colspan="5" class="header">法人或其他组织</th>')
    expect(page).toContain('<td rowspan="22" class="label left">三、本年度办理结果</td>')
    expect(page).toContain('<td rowspan="3" class="label left">（六）其他处理</td>')
    expect(page).toContain('<th colspan="10" class="header">行政诉讼</th>')
    expect(page.match(/class="caption left shaded"/g)).toHaveLength(4)
  })

  it('sets labels as the template and breaks them only between balanced lines', async () => {
    const page = await html(distinct2021Report())
    // 三's group label in lines of three characters, never a lone last character; headers whole.
    expect(page).toContain('<td rowspan="22" class="label left">三、本<wbr/>年度办<wbr/>理结果</td>')
    expect(page).toContain('<th class="header">商业<wbr/>企业</th>')
    expect(page).toContain('word-break: keep-all')
    // Sub-rows of （三）–（六） top-aligned; rows of a group kept with the next, so print breaks only between groups.
    expect(page).toMatch(/<td class="label row-label left top">1\.属于国家秘密<\/td>/)
    expect(page).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }')
    const t3 = page.slice(page.indexOf('<table class="form-table t3'), page.indexOf('</table>', page.indexOf('<table class="form-table t3')))
    const rows = t3.split('<tr').slice(1)
    const denied = rows.findIndex((r) => r.includes('1.属于国家秘密'))
    expect(rows.slice(denied, denied + 8).map((r) => r.startsWith(' class="keep-next"'))).toEqual([...new Array(7).fill(true), false])
  })

  it('puts every value in its cell and writes blanks as chosen', async () => {
    const report = distinct2021Report()
    report.cells['t3.new.natural'] = null
    report.cells['t3.granted.legal'] = '<约5件>'
    const page = await html(report, 'slash')
    const doc = new DOMParser().parseFromString(page.replace(/^<!DOCTYPE html>/, ''), 'text/html')
    const byKey = new Map(Array.from(doc.getElementsByTagName('td')).flatMap((td) => (td.getAttribute('data-cell') ? [[td.getAttribute('data-cell')!, td.textContent]] : [])))
    for (const key of Object.keys(report.cells)) expect(byKey.has(key), key).toBe(true)
    expect(byKey.get('t3.new.natural')).toBe('/')
    expect(byKey.get('t3.granted.legal')).toBe('<约5件>')
    expect(byKey.get('t3.total.total')).toBe(String(report.cells['t3.total.total']))
    expect(page).toContain('&lt;约5件&gt;')
  })

  it('writes every section heading and the text with its sub-headings', async () => {
    const page = await html(distinct2021Report())
    for (const s of FORMATS['2021'].sections) expect(page).toContain(`<h2>${s.heading}</h2>`)
    expect(page).toContain('<p><span class="h2">（一）主动公开</span></p>')
    expect(page).toContain('<p><span class="h3">1.规范流程。</span>全年主动公开信息120条。</p>')
    expect(page).toContain('<p class="sign-off">2022年1月15日</p>')
  })
})

describe('JSON export', () => {
  it('writes the exchange file, blanks kept as null', async () => {
    const report = fixtureReport()
    report.cells['t3.new.natural'] = null
    const text = new TextDecoder().decode(await renderExport(report, 'json', { blankAs: 'zero', typography: DEFAULT_TYPOGRAPHY }))
    const data = JSON.parse(text)
    expect(data.schema).toBe('nianbao/report@1')
    expect([data.format, data.year, data.agency]).toEqual(['2019', 2020, '嘉兴市住房和城乡建设局'])
    expect(data.cells['t3.new.natural']).toBeNull()
    expect(data.cells['t2.procurement.amount']).toBe(3920141.46)
    expect(data.text).toEqual(report.text)
  })
})
