import { describe, expect, it } from 'vitest'
import { readText } from '../../../src/shared/import/read-text'
import { leadingRange } from '../../../src/shared/import/sections'

// A copy that starts inside a section (a flip-book page, a page excerpt): its rows before the first
// heading belong to the section right before that heading, and only to that one.

const read = (lines: string[]) => readText(lines.join('\n'), { kind: 'txt', fileName: 'x.txt', fallbackYear: 2030 })

describe('an excerpt that starts inside a table', () => {
  it('reads 表三’s rows before heading 四 when the copy starts inside 表三', () => {
    const r = read([
      'Page 9 - 年报',
      'P. 9',
      '四、结转下年度继续办理 3 0 0 0 0 1 4',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议 行政诉讼',
      '五、存在的主要问题及改进情况',
      '宣传不够。'
    ])
    expect(r.report.cells).toMatchObject({ 't3.carriedForward.natural': 3, 't3.carriedForward.otherOrg': 1, 't3.carriedForward.total': 4 })
  })

  it('reads nothing before the first heading as a table when that heading is not the next section’s', () => {
    const r = read(['P. 9', '四、结转下年度继续办理 3 0 0 0 0 1 4', '五、存在的主要问题及改进情况', '宣传不够。', '六、其他需要报告的事项', '无。'])
    expect(Object.entries(r.report.cells).filter(([, v]) => v !== null)).toEqual([])
  })

  it('gives no leading range when the section’s own heading is there, or nothing precedes the first heading', () => {
    expect(leadingRange({ t3: 4, t4: 9 }, 't3')).toBeUndefined()
    expect(leadingRange({ t4: 0 }, 't3')).toBeUndefined()
    expect(leadingRange({ t4: 5, problems: 9 }, 't3')).toEqual([0, 5])
    expect(leadingRange({ t4: 5, problems: 9 }, 't2')).toBeUndefined()
  })
})
