import type { RuleId } from './types'

// Each rule in plain words for the clerk, kept beside the rules as data: a short title shown with
// every warning, and a sentence saying what the rule checks and why (shown in the details view,
// with the rule's code for those who look it up in the manual or tell support about it).

export interface RuleText {
  title: string
  explanation: string
}

export const RULE_TEXTS: Readonly<Record<RuleId, RuleText>> = {
  C1: {
    title: '收结数不平衡',
    explanation: '表三每一列：本年新收加上年结转，应等于本年办理结果的总计加结转下年度继续办理。'
  },
  C2: {
    title: '办理结果总计不符',
    explanation: '表三（七）总计应等于（一）至（六）各项办理结果之和，每一列都如此。'
  },
  C3: {
    title: '申请人合计不符',
    explanation: '表三每一行的“总计”应等于自然人和五类法人或其他组织的数字之和。'
  },
  C5: {
    title: '复议诉讼合计不符',
    explanation: '表四行政复议、行政诉讼每一组的“总计”应等于结果维持、结果纠正、其他结果、尚未审结之和。'
  },
  C6: {
    title: '不是有效数字',
    explanation: '件数只能填0或正整数，金额只能填不为负的数字，不适用的填“/”；单元格里不能填文字。'
  },
  E4: {
    title: '还没有数字',
    explanation: '公开的报告每一格都应有数字，没有发生的填0；空白或“/”会被读者当作漏填。'
  },
  X1: {
    title: '与上年结转不符',
    explanation: '本年表三“上年结转”应等于上年度报告表三“结转下年度继续办理”的数字。'
  },
  C7: {
    title: '现行有效件数对不上',
    explanation: '表二规章、规范性文件的现行有效件数，通常等于上年现行有效件数加本年制发件数减本年废止件数。'
  },
  T1: {
    title: '正文数字与表格不一致',
    explanation: '正文里说到的申请数、办结数、复议诉讼数等，应与表格中的相应数字一致。'
  },
  F1: {
    title: '收费情况未说明',
    explanation: '表格填了信息处理费，正文第六部分应说明收取信息处理费的情况。'
  },
  S1: {
    title: '存在的问题未写',
    explanation: '第五部分“存在的主要问题及改进情况”不能空着或只写“无”，应写明问题和改进措施。'
  },
  S2: {
    title: '正文与上年相同',
    explanation: '这一部分的文字与上年度报告完全相同，可能是照抄未改。'
  },
  S3: {
    title: '年份可能是上年遗留',
    explanation: '正文中出现了本年度以外的年份，可能是沿用上年报告时没有改掉；上年决算、对比等正当用法不算。'
  },
  V1: {
    title: '新旧格式混用',
    explanation: '报告混用了2019年版和2021年版格式的栏目，或用了格式之外的栏目名称。'
  },
  H1: {
    title: '数字与上年相同',
    explanation: '多个数字与上年度报告完全相同，可能是照抄上年数据；确属巧合的可说明原因。'
  },
  D1: {
    title: '公开期限',
    explanation: '年度报告应在规定期限前公开（部门报告1月31日前，政府报告3月31日前）。'
  }
}

/** The plain words of a rule (a rule without its own text falls back to its code). */
export function ruleText(rule: RuleId | string): RuleText {
  return (RULE_TEXTS as Record<string, RuleText>)[rule] ?? { title: rule, explanation: '' }
}
