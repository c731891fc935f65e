import { describe, expect, it } from 'vitest'
import { bestLabel, labelScore } from '../../../src/shared/import/match'
import { normalizeLabel } from '../../../src/shared/import/normalize'
import { T3_ROWS } from '../../../src/shared/import/catalog'

// Labels are matched by meaning: the typographic variants of real documents, a lost or extra
// character, but never a different row.

const rowKey = (text: string) => bestLabel(text, T3_ROWS)?.value.key

describe('label matching', () => {
  it('treats "1、", full-width digits and spaces, quotes and line breaks as the same label', () => {
    expect(normalizeLabel('１、属于 国家秘密')).toBe(normalizeLabel('1.属于国家秘密'))
    expect(rowKey('3、危及"三安全一稳定"')).toBe('denied.threeSafety')
    expect(rowKey('（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）')).toBe('partial')
  })

  it('accepts 规范性文件 for 行政规范性文件', () => {
    expect(labelScore('规范性文件', '行政规范性文件')).toBe(1)
  })

  it('tolerates one missing or extra character in a long label', () => {
    expect(rowKey('2.其他法律行政法规禁止公')).toBe('denied.lawForbidden')
    expect(rowKey('5.要求行政机关确认或重新出具已获取的信息')).toBe('rejected.confirm')
  })

  it('matches a label whose numbering was dropped', () => {
    expect(rowKey('予以公开')).toBe('granted')
  })

  it('does not stretch a short label to a different one', () => {
    expect(rowKey('其它')).toBeUndefined()
    expect(labelScore('规章', '章程')).toBe(0)
    expect(rowKey('本年度办理结果')).toBeUndefined()
  })
})
