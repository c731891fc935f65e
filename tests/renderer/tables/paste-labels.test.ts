import { describe, expect, it } from 'vitest'
import { FORMATS, tableLayout } from '../../../src/shared/form'
import { normalizeLabel, placeByLabels, rowLabels } from '../../../src/renderer/src/tables/paste-labels'
import { pasteNotice, planPaste } from '../../../src/renderer/src/tables/clipboard'
import { buildGridModel } from '../../../src/renderer/src/tables/grid-model'

const layout = tableLayout(FORMATS['2021'].tables.t3)
const t3 = buildGridModel(layout)
const labels = rowLabels(layout)

describe('row names in a pasted block', () => {
  it('reduces a label to its words: numbering, spaces and full-width punctuation go', () => {
    expect(normalizeLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe(normalizeLabel('(二) 部分公开(区分处理的,只计这一情形, 不计其他情形)'))
    expect(normalizeLabel('１．属于国家秘密')).toBe('属于国家秘密')
    expect(normalizeLabel(' 一、本年新收政府信息公开申请数量 ')).toBe('本年新收政府信息公开申请数量')
    expect(normalizeLabel('3.危及“三安全一稳定”')).toBe('危及三安全一稳定')
    expect(normalizeLabel('三、（一）予以公开')).toBe('予以公开')
  })

  it('lists the printed row labels of 三 in grid order', () => {
    expect(labels).toHaveLength(t3.keys.length)
    expect(labels[0]).toBe('一、本年新收政府信息公开申请数量')
    expect(labels[2]).toBe('（一）予以公开')
  })

  it('finds a first column of row names and keeps the block on the selected rows', () => {
    const rows = [['一、本年新收政府信息公开申请数量', '5', '1'], ['二、上年结转政府信息公开申请数量', '2', '0']]
    expect(placeByLabels(rows, labels, 0)).toEqual({ kind: 'labels', columns: 1, top: 0, moved: false })
  })

  it('takes the last of several name columns (group, sub-group, row) and moves the block to the named rows', () => {
    const rows = [
      ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '1'],
      ['', '', '2.其他法律行政法规禁止公开', '2']
    ]
    const at = t3.positions.get('t3.denied.stateSecret.natural')!.r
    expect(placeByLabels(rows, labels, 0)).toEqual({ kind: 'labels', columns: 3, top: at, moved: true })
  })

  it('leaves numbers and text that names no row alone', () => {
    expect(placeByLabels([['1', '2'], ['3', '4']], labels, 0)).toEqual({ kind: 'none' })
    expect(placeByLabels([['五个', '2']], labels, 0)).toEqual({ kind: 'none' })
    expect(placeByLabels([['/', '2']], labels, 0)).toEqual({ kind: 'none' })
  })

  it('refuses names that do not fit the table in the order pasted', () => {
    const rows = [['（一）予以公开', '1'], ['（七）总计', '2']]
    expect(placeByLabels(rows, labels, 0)).toEqual({ kind: 'unmatched', label: '（七）总计' })
    expect(placeByLabels([['（一）予以公开', '1'], ['不存在的行', '2']], labels, 0)).toEqual({ kind: 'unmatched', label: '不存在的行' })
  })
})

describe('pasting a block with its row names', () => {
  it('puts the numbers into the value cells of the named rows and says the names were left out', () => {
    const text = '（一）予以公开\t3\t0\t0\t0\t0\t0\t3\r\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t1\t0\t0\t0\t0\t0\t1\r\n'
    const plan = planPaste('2021', t3, { r: 2, c: 0 }, { r: 2, c: 0 }, text, labels)
    expect(plan.set['t3.granted.natural']).toBe(3)
    expect(plan.set['t3.granted.total']).toBe(3)
    expect(plan.set['t3.partial.natural']).toBe(1)
    expect(plan.dropped).toBe(0)
    expect(plan.problems).toEqual([])
    expect(pasteNotice('2021', plan)).toContain('第一列是行名称')
  })

  it('pastes nothing and says why when the names do not match', () => {
    const plan = planPaste('2021', t3, { r: 0, c: 0 }, { r: 0, c: 0 }, '本年收到\t3\r\n', labels)
    // "本年收到" is not a row of 三: not a name column, the text is kept and flagged as before.
    expect(plan.refused).toBeUndefined()
    const refused = planPaste('2021', t3, { r: 0, c: 0 }, { r: 0, c: 0 }, '（一）予以公开\t3\r\n别的行\t4\r\n', labels)
    expect(refused.set).toEqual({})
    expect(pasteNotice('2021', refused)).toContain('未粘贴')
    expect(pasteNotice('2021', refused)).toContain('别的行')
  })
})
