import { ours, type FillingNote } from './types'

// 表四 政府信息公开行政复议、行政诉讼情况: one unlabeled row, so its notes are by column — the
// group (复议, 直接起诉, 复议后起诉) and the outcome. The 国办 interpretation on counting lawsuits
// where the review body is a co-defendant is quoted as published.

const CO_DEFENDANT: FillingNote = {
  text: '对于行政复议机关作为共同被告的行政诉讼案件，只计算原行为主体的案件数量，不计算行政复议机关的案件数量。',
  // In full: 国务院办公厅政府信息与政务公开办公室《关于政府信息公开年度报告有关项目填报问题的解释》
  // （国办公开办函〔2016〕201号，2016-09-01, an answer to 深圳市人民政府办公厅）.
  source: { kind: 'notice', cite: '《关于政府信息公开年度报告有关项目填报问题的解释》（国办公开办函〔2016〕201号）' }
}

export const T4_GROUP_NOTES: Readonly<Record<string, readonly FillingNote[]>> = {
  review: [ours('因本机关的政府信息公开工作被申请行政复议的案件。')],
  suitDirect: [ours('因本机关的政府信息公开工作，未经行政复议直接向法院提起行政诉讼的案件。'), CO_DEFENDANT],
  suitAfterReview: [ours('经行政复议后，又向法院提起行政诉讼的案件。'), CO_DEFENDANT]
}

export const T4_OUTCOME_NOTES: Readonly<Record<string, readonly FillingNote[]>> = {
  upheld: [ours('复议决定或法院裁判维持本机关原行为的案件。')],
  corrected: [ours('本机关原行为被撤销、变更、确认违法或责令履行等，被纠正的案件。')],
  other: [ours('以维持、纠正以外的方式结案的案件，例如申请人撤回申请或起诉。')],
  pending: [ours('统计年度末尚未审结的案件。')],
  total: [ours('结果维持、结果纠正、其他结果、尚未审结四列之和。')]
}
