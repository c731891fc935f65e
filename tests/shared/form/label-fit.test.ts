import { describe, expect, it } from 'vitest'
import { FORMATS, type FormatId } from '../../../src/shared/form'
import { widowLabels, wrapLines } from '../../../src/shared/form/label-fit'
import { DEFAULT_TYPOGRAPHY } from '../../../src/shared/settings'

// The GB/T 9704 text block: 210 − 28 − 26 mm = 156 mm = 8845 twips.
const TEXT_BLOCK_TWIPS = 8845

function scaled(widths: readonly number[]): number[] {
  const sum = widths.reduce((a, b) => a + b, 0)
  return widths.map((w) => (w / sum) * TEXT_BLOCK_TWIPS)
}

describe('label fit', () => {
  it('wraps by characters, digits half wide, never opening a line with a closing mark', () => {
    expect(wrapLines('三、本年度办理结果', 3)).toEqual(['三、本', '年度办', '理结果'])
    expect(wrapLines('1.属于国家秘密', 4)).toEqual(['1.属于国', '家秘密'])
    expect(wrapLines('甲乙丙，丁', 3)).toEqual(['甲乙', '丙，丁'])
  })

  it('finds the lone last characters of the template proportions on the text block', () => {
    const t3 = FORMATS['2021'].tables.t3
    const template = [754, 921, 3271, 685, 685, 685, 685, 685, 685, 685]
    const bad = widowLabels(t3, scaled(template), 10).map((b) => b.lines.at(-1))
    expect(bad).toContain('果')
    expect(bad).toContain('开')
  })

  for (const format of ['2019', '2021'] as FormatId[]) {
    it(`leaves no label of the ${format} tables ending in one character at the default size`, () => {
      for (const def of Object.values(FORMATS[format].tables)) {
        const widows = widowLabels(def, scaled(def.widths), DEFAULT_TYPOGRAPHY.tableSizePt)
        expect(widows.map((w) => w.lines.join('|'))).toEqual([])
      }
    })
  }
})
