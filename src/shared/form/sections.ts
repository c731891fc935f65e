import type { SectionDef } from './types'

const overview: SectionDef = {
  key: 'overview',
  heading: '一、总体情况',
  kind: 'text',
  prompt: '（文字描述）'
}

export const TABLE_HEADINGS = {
  t2: '二、主动公开政府信息情况',
  t3: '三、收到和处理政府信息公开申请情况',
  t4: '四、政府信息公开行政复议、行政诉讼情况'
} as const

const problems: SectionDef = {
  key: 'problems',
  heading: '五、存在的主要问题及改进情况',
  kind: 'text',
  prompt: '（文字描述）'
}

export const SECTIONS_2019: readonly SectionDef[] = [
  overview,
  { key: 't2', heading: TABLE_HEADINGS.t2, kind: 'table' },
  { key: 't3', heading: TABLE_HEADINGS.t3, kind: 'table' },
  { key: 't4', heading: TABLE_HEADINGS.t4, kind: 'table' },
  problems,
  { key: 'other', heading: '六、其他需要报告的事项', kind: 'text', prompt: '（文字描述）' }
]

export const SECTIONS_2021: readonly SectionDef[] = [
  {
    ...overview,
    // 2021 practice: the five sub-headings most offices use.
    subHeadings: ['（一）主动公开', '（二）依申请公开', '（三）政府信息管理', '（四）政府信息公开平台建设', '（五）监督保障']
  },
  ...SECTIONS_2019.slice(1, 5),
  {
    key: 'other',
    heading: '六、其他需要报告的事项',
    kind: 'text',
    prompt: '（文字描述，收取信息处理费情况在此处报告。）'
  }
]
