import { describe, expect, it } from 'vitest'
import { completeCutLabels } from '../../../src/shared/import/header-prefix'
import { readBlocks, type DocBlock } from '../../../src/shared/import/read-blocks'
import { readText } from '../../../src/shared/import/read-text'
import type { Token } from '../../../src/shared/import/tokens'

const COLUMNS = [
  { label: '本年新制作数量', value: 'made' },
  { label: '本年新公开数量', value: 'published' },
  { label: '对外公开总数量', value: 'total' }
]

describe('completeCutLabels', () => {
  it('completes cut labels that, in order, complete the open columns one for one', () => {
    expect(completeCutLabels(['本年新', '本年新'], COLUMNS.slice(0, 2))).toEqual(new Map([[0, 'made'], [1, 'published']]))
  })

  it('completes a prefix only one column can complete', () => {
    expect(completeCutLabels(['本年新制', '对外公开'], COLUMNS)).toEqual(new Map([[0, 'made'], [1, 'total']]))
  })

  it('leaves a prefix two columns could complete when the header does not settle it', () => {
    expect(completeCutLabels(['本年新'], COLUMNS).size).toBe(0)
    expect(completeCutLabels(['本', '数量'], COLUMNS).size).toBe(0)
  })
})

const REPORT_2019 = (t2: string) =>
  ['某某县司法局2019年政府信息公开工作年度报告', '一、总体情况', '概述。', '二、主动公开政府信息情况', t2, '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '无。'].join('\n')

describe('table 二 (2019) whose header prints "本年新 | 本年新 | 对外公开总数量"', () => {
  it('reads the rows under the cut header from text', () => {
    const t2 = ['第二十条第（一）项', '| 信息内容 | 本年新 | 本年新 | 对外公开总数量 |', '| 规章 | 0 | 0 | 3 |', '| 规范性文件 | 2 | 1 | 15 |'].join('\n')
    const r = readText(REPORT_2019(t2), { kind: 'txt', fileName: 't.txt', fallbackYear: 2020 })
    const c = r.report.cells
    expect([c['t2.normativeDocs.made'], c['t2.normativeDocs.published'], c['t2.normativeDocs.total'], c['t2.regulations.total']]).toEqual([2, 1, 15, 3])
  })

  it('reads them from a table', () => {
    const cell = (text: string, row: number, col: number): Token => ({ text, where: `表格1 第${row + 1}行第${col + 1}列`, row, col, colSpan: 1 })
    const grid = [['第二十条第（一）项'], ['信息内容', '本年新', '本年新', '对外公开总数量'], ['规范性文件', '2', '1', '15']].map((r, i) => r.map((t, j) => cell(t, i, j)))
    const blocks: DocBlock[] = [
      { kind: 'para', text: '某某县司法局2019年政府信息公开工作年度报告', where: '第1段' },
      { kind: 'para', text: '二、主动公开政府信息情况', where: '第2段' },
      { kind: 'table', rows: grid }
    ]
    const c = readBlocks(blocks, { kind: 'docx', fileName: 't.docx', fallbackYear: 2020 }).report.cells
    expect([c['t2.normativeDocs.made'], c['t2.normativeDocs.published'], c['t2.normativeDocs.total']]).toEqual([2, 1, 15])
  })

  it('refuses the rows, and says why, when a cut label could be either of two columns', () => {
    const t2 = ['第二十条第（一）项', '| 信息内容 | 本年新 | 本年新公开数量 | 本年新 |', '| 规范性文件 | 2 | 1 | 15 |'].join('\n')
    const r = readText(REPORT_2019(t2), { kind: 'txt', fileName: 't.txt', fallbackYear: 2020 })
    expect(r.report.cells['t2.normativeDocs.made']).toBeNull()
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/表头“本年新、本年新”不完整/)
  })
})
