import { describe, expect, it } from 'vitest'
import { cellsOf, describeCell, FORMATS, FORMAT_IDS, tableLayout } from '../../../src/shared/form'
import { readText } from '../../../src/shared/import/read-text'
import { simplifiedForMatching, TRADITIONAL_TO_SIMPLIFIED } from '../../../src/shared/import/traditional'

// Traditional characters are mapped for matching only, and only those of the form's own labels.

/** Every character the form prints: cell descriptions, table layouts, headings, the title. */
function formCharacters(): Set<string> {
  const texts: string[] = ['政府信息公开工作年度报告']
  for (const f of FORMAT_IDS) {
    for (const c of cellsOf(f)) texts.push(describeCell(f, c.key))
    for (const s of FORMATS[f].sections) texts.push(s.heading)
    for (const t of Object.values(FORMATS[f].tables)) for (const row of tableLayout(t).rows) for (const cell of row.cells) texts.push(cell.text)
  }
  return new Set([...texts.join('')].filter((ch) => /[\u4e00-\u9fff]/.test(ch)))
}

describe('Traditional → Simplified for matching', () => {
  const form = formCharacters()
  // The year reader also looks for the statistics period ("统计期限", "统计时间", "统计周期").
  const period = new Set('统计时间周期限')

  it('maps only to characters the form prints (or the period words), never from one', () => {
    for (const [traditional, simplified] of TRADITIONAL_TO_SIMPLIFIED) {
      expect(form.has(simplified) || period.has(simplified), `${traditional}→${simplified}`).toBe(true)
      expect(form.has(traditional), `${traditional} is printed by the form itself`).toBe(false)
    }
  })

  it('keeps the length, so a match found in Simplified points into the text as written', () => {
    const s = '三、收到和處理政府信息公開申請情況（本列數據的勾稽關係為：第一項加第二項之和，等於第三項加第四項之和）'
    const out = simplifiedForMatching(s)
    expect(out).toBe('三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')
    expect(out.length).toBe(s.length)
  })

  it('reads a report published in Traditional characters, keeping its names and text as written', () => {
    const text = [
      '某縣某鄉人民政府2022年政府信息公開工作年度報告',
      '一、總體情況',
      '本報告中所列數據的統計期限自2022年1月1日至2022年12月31日止。',
      '二、主動公開政府信息情況',
      '第二十條第(一)項',
      '信息內容\t本年製發件數\t本年廢止件數\t現行有效件數',
      '規章\t0\t0\t0',
      '行政規範性文件\t3\t1\t12',
      '三、收到和處理政府信息公開申請情況',
      '一、本年新收政府信息公開申請數量\t2\t1\t0\t0\t0\t0\t3',
      '四、政府信息公開行政複議、行政訴訟情況',
      '五、存在的主要問題及改進情況',
      '問題在於宣傳不夠。',
      '六、其他需要報告的事項',
      '無。'
    ].join('\n')
    const r = readText(text, { kind: 'txt', fileName: 'x.txt', fallbackYear: 2030 })
    expect(r.report.year).toBe(2022)
    expect(r.yearUnknown).toBeFalsy()
    expect(r.report.agency).toBe('某縣某鄉人民政府')
    expect(r.report.cells).toMatchObject({ 't2.normativeDocs.issued': 3, 't2.normativeDocs.repealed': 1, 't2.normativeDocs.inForce': 12, 't3.new.natural': 2, 't3.new.commercial': 1, 't3.new.total': 3 })
    expect(r.report.text.problems).toBe('問題在於宣傳不夠。')
  })
})
