import { FORMATS, formatForYear, isCellKey } from '../form'
import type { FormatId } from '../form'
import type { RuleContext } from './context'
import type { Warning } from './types'

// V1: the report mixes the 2019 and 2021 formats (what the model can hold; importers add their own
// V1 warnings for non-standard labels they met in a document).

const other = (f: FormatId): FormatId => (f === '2019' ? '2021' : '2019')

/** （六）其他处理 of the 2021 form: its group label and how many rows it has. */
const otherGroup = (() => {
  const rows = FORMATS['2021'].tables.t3.rows.filter((r) => r.key.startsWith('other.'))
  return { label: rows[0]?.groups[rows[0].groups.length - 1]?.label ?? '', rows: rows.length }
})()

export function checkFormatMix(ctx: RuleContext): Warning[] {
  const { format, report } = ctx
  const out: Warning[] = []
  const expected = formatForYear(report.year)
  if (expected !== format) {
    out.push({
      rule: 'V1',
      severity: 'warning',
      cells: [],
      section: 'document',
      fingerprint: 'V1:format-year',
      message: `本报告是${report.year}年度报告，应使用${FORMATS[expected].name}（${FORMATS[expected].notice}），当前为${FORMATS[format].name}`
    })
  }
  // Keys of the other format holding a value (blank leftovers are harmless).
  const foreign: string[] = []
  const unknown: string[] = []
  for (const key in report.cells) {
    const v = report.cells[key]
    if (v === null || v === undefined || v === '' || isCellKey(format, key)) continue
    if (isCellKey(other(format), key)) foreign.push(key)
    else unknown.push(key)
  }
  const oldOther = foreign.filter((k) => format === '2021' && /^t3\.other\.[a-zA-Z]+$/.test(k))
  if (oldOther.length > 0) {
    out.push({
      rule: 'V1',
      severity: 'warning',
      cells: oldOther,
      section: 't3',
      fingerprint: 'V1:t3-other-single-row',
      message: `表三“${otherGroup.label}”按${FORMATS['2019'].name}填成了一行；${FORMATS['2021'].name}分为${otherGroup.rows}行，请分项填写`
    })
  }
  const rest = foreign.filter((k) => !oldOther.includes(k))
  if (rest.length > 0) {
    out.push({
      rule: 'V1',
      severity: 'warning',
      cells: rest,
      section: 'document',
      fingerprint: 'V1:other-format-cells',
      message: `报告使用${FORMATS[format].name}，却有${rest.length}个${FORMATS[other(format)].name}才有的单元格填了数字（如 ${rest.slice(0, 3).join('、')}）`
    })
  }
  if (unknown.length > 0) {
    out.push({
      rule: 'V1',
      severity: 'warning',
      cells: unknown,
      section: 'document',
      fingerprint: 'V1:unknown-cells',
      message: `报告中有${unknown.length}个不属于任何官方格式的单元格（如 ${unknown.slice(0, 3).join('、')}）`
    })
  }
  return out
}
