import { describe, expect, it } from 'vitest'
import { readText } from '../../../src/shared/import/read-text'
import { rowFields, textRows } from '../../../src/shared/import/text-rows'

// Tables copied the ways people and crawlers copy them. Each shape carries the same cells: some
// left blank by the office, which must stay blank in their own place and never shift a value.

const T2_ROWS = [
  ['第二十条第（一）项'],
  ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
  ['规章', '', '', ''],
  ['行政规范性文件', '3', '', '27']
]
const T3_HEADER = [['申请人情况'], ['自然人', '法人或其他组织', '总计'], ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']]
const T3_ROWS = [
  ['一、本年新收政府信息公开申请数量', '56', '', '', '', '', '', '56'],
  ['二、上年结转政府信息公开申请数量', '', '', '', '', '', '', ''],
  ['三、本年度办理结果', '（一）予以公开', '40', '2', '', '', '', '', '42'],
  ['（七）总计', '54', '2', '', '', '', '', '56'],
  ['四、结转下年度继续办理', '2', '', '', '', '', '', '2']
]
const T4_HEADER = [['行政复议', '行政诉讼'], ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '未经复议直接起诉', '复议后起诉']]
const T4_DATA = ['', '1', '', '', '1', '2', '', '', '', '2', '', '', '', '1', '1']

function report(tables: { t2: string; t3: string; t4: string }): string {
  return [
    '某某区民政局2023年政府信息公开工作年度报告',
    '一、总体情况',
    '本年度我局依法公开政府信息。',
    '二、主动公开政府信息情况',
    tables.t2,
    '三、收到和处理政府信息公开申请情况',
    tables.t3,
    '四、政府信息公开行政复议、行政诉讼情况',
    tables.t4,
    '五、存在的主要问题及改进情况',
    '公开质量有待提高。',
    '六、其他需要报告的事项',
    '无。'
  ].join('\n')
}

const all = (rows: string[][]) => ({ t2: T2_ROWS, t3: [...T3_HEADER, ...rows], t4: [...T4_HEADER, T4_DATA] })
const tables = all(T3_ROWS)

type Render = (rows: string[][]) => string
const SHAPES: Record<string, Render> = {
  'Markdown table': (rows) => [`| ${rows[0].join(' | ')} |`, '|---|---|', ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n'),
  'pipe rows without outer bars': (rows) => rows.map((r) => r.join(' | ')).join('\n'),
  'tab-separated rows': (rows) => rows.map((r) => r.join('\t')).join('\n'),
  'a | alone on a line between cells': (rows) => ['|', ...rows.flat().flatMap((c) => [c, '|'])].join('\n').replace(/\n\n/g, '\n'),
  'rows of | with a | alone on a line between rows': (rows) => rows.map((r) => `${r.join(' | ')} |`).join('\n|\n'),
  'a cell per line, a blank cell an empty line (LibreOffice text)': (rows) => rows.map((r) => r.join('\n')).join('\n'),
  'a cell per line after a tab, a blank cell a tab alone': (rows) => rows.map((r) => r.map((c) => `\t${c}`).join('\n')).join('\n\n'),
  'a cell per paragraph, a blank cell an empty paragraph': (rows) => rows.map((r) => r.join('\n\n')).join('\n\n'),
  'a cell per line closed by a bar, a blank cell a lone bar, "||" padding': (rows) => rows.map((r) => [...r.map((c) => (c === '' ? '|' : `${c} |`)), '||'].join('\n')).join('\n'),
  'a browser\'s innerText: paragraphs with a tab alone between cells, a blank cell a no-break space': (rows) =>
    rows.map((r) => r.map((c) => (c === '' ? '\u00a0' : c)).join('\n\n\t\n\n')).join('\n\n\n\n'),
  'a browser\'s innerText with the blank cells on the tab line ("\\t\\u00a0\\t")': (rows) =>
    rows
      .map((r) => {
        let out = r[0] === '' ? '\u00a0' : r[0]
        for (const c of r.slice(1)) out += c === '' ? '\n\t\u00a0' : `\n\t\n\n${c}`
        return out.replace(/\n\t\u00a0\n\t/g, '\n\t\u00a0\t')
      })
      .join('\n\n\n\n')
}

describe.each(Object.entries(SHAPES))('a table copied as %s', (_name, render) => {
  const text = report({ t2: render(tables.t2), t3: render(tables.t3), t4: render(tables.t4) })
  const r = readText(text, { kind: 'txt', fileName: 't.txt', fallbackYear: 2024 })
  const c = r.report.cells

  it('reads table 三 with blank cells in their places', () => {
    expect([c['t3.new.natural'], c['t3.new.commercial'], c['t3.new.otherOrg'], c['t3.new.total']]).toEqual([56, null, null, 56])
    expect([c['t3.granted.natural'], c['t3.granted.commercial'], c['t3.granted.research'], c['t3.granted.total']]).toEqual([40, 2, null, 42])
    expect([c['t3.total.natural'], c['t3.total.commercial'], c['t3.total.total']]).toEqual([54, 2, 56])
    expect([c['t3.carriedForward.natural'], c['t3.carriedForward.total']]).toEqual([2, 2])
  })

  it('keeps a row left entirely blank blank, and reads the cells as found', () => {
    expect(Object.entries(c).filter(([k, v]) => k.startsWith('t3.carriedOver.') && v !== null)).toEqual([])
    expect(r.cells['t3.new.total']?.raw).toBe('56')
  })

  it('reads table 二 and table 四 with their blanks', () => {
    expect([c['t2.normativeDocs.issued'], c['t2.normativeDocs.repealed'], c['t2.normativeDocs.inForce']]).toEqual([3, null, 27])
    expect([c['t4.review.upheld'], c['t4.review.corrected'], c['t4.review.total'], c['t4.suitDirect.upheld'], c['t4.suitDirect.total']]).toEqual([null, 1, 1, 2, 2])
    expect([c['t4.suitAfterReview.pending'], c['t4.suitAfterReview.total']]).toEqual([1, 1])
  })

  it('raises no warning but for the rows this excerpt leaves out: every cell was placed', () => {
    expect(r.problems.filter((p) => p.severity !== 'info' && !/个单元格未在文件中找到/.test(p.message))).toEqual([])
  })
})

describe('text that keeps no cell boundaries', () => {
  it('refuses a row squeezed into single spaces with fewer values than columns, and says so', () => {
    const t3 = [...T3_HEADER.map((h) => h.join(' ')), '一、本年新收政府信息公开申请数量 56 56'].join('\n')
    const r = readText(report({ t2: '', t3, t4: '' }), { kind: 'txt', fileName: 't.txt', fallbackYear: 2024 })
    expect(r.report.cells['t3.new.natural']).toBeNull()
    expect(r.report.cells['t3.new.total']).toBeNull()
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/一、本年新收政府信息公开申请数量”一行有2个数值，应为7个/)
  })
})

describe('rowFields', () => {
  it('drops a Markdown row’s outer bars but keeps empty fields between separators', () => {
    expect(rowFields('| 规章 | 0 |  | 5 |')).toEqual(['规章', '0', '', '5'])
    expect(rowFields('规章｜0｜｜5')).toEqual(['规章', '0', '', '5'])
    expect(rowFields('新收\t56\t\t\t56\t')).toEqual(['新收', '56', '', '', '56'])
  })

  it('skips Markdown rules and keeps a row’s leading blank cells in place', () => {
    const lines = ['|---|:---:|', '| | 1 | 2 |'].map((text, i) => ({ text, where: `第${i + 1}行` }))
    const { rows } = textRows(lines, 0, lines.length, 100)
    expect(rows).toHaveLength(1)
    expect(rows[0].values.map((v) => v.text)).toEqual(['', '1', '2'])
  })
})

describe('a copy that stops inside table 三 (a page excerpt)', () => {
  const head = ['某某区民政局2023年政府信息公开工作年度报告', '一、总体情况', '概述。', '三、收到和处理政府信息公开申请情况']
  const read = (...table: string[]) => readText([...head, ...table].join('\n'), { kind: 'txt', fileName: 't.txt', fallbackYear: 2024 })

  it('places the cells of a cut | row from the left and says the rest are not found', () => {
    const r = read('| 一、本年新收政府信息公开申请数量 | 5 | 0 | 1 |', '| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |')
    expect([r.report.cells['t3.new.natural'], r.report.cells['t3.new.research'], r.report.cells['t3.new.nonprofit'], r.report.cells['t3.carriedOver.total']]).toEqual([5, 1, null, 1])
    expect(r.cells['t3.new.nonprofit']).toBeUndefined()
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/只有3个单元格，应为7个，已按位置读取前3个/)
  })

  it('drops a last cell the copy cut before its closing bar', () => {
    const r = read('一、本年新收政府信息公开申请数量 |', '7 |', '0 |', '0')
    expect([r.report.cells['t3.new.natural'], r.report.cells['t3.new.commercial']]).toEqual([7, 0])
    expect(r.cells['t3.new.research']).toBeUndefined()
  })

  it('does not place a cut row squeezed into spaces: its blank cells left no trace', () => {
    const r = read('一、本年新收政府信息公开申请数量 56 56')
    expect(r.report.cells['t3.new.natural']).toBeNull()
    expect(r.report.cells['t3.new.commercial']).toBeNull()
  })
})
