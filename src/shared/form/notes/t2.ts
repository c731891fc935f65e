import { ours, REGULATION, type FillingNote } from './types'

// 表二 主动公开政府信息情况. No official note explains its rows or columns beyond their labels and
// the 条例 article each block names (第二十条), so every note here is ours, resting on that article.

const art20 = (item: string) => `${REGULATION}第二十条第（${item}）项`

/** By row key (unique across the blocks of both formats). */
export const T2_ROW_NOTES: Readonly<Record<string, readonly FillingNote[]>> = {
  regulations: [ours('本机关制定的规章。只有享有规章制定权的机关才会有，其他机关一般没有。', art20('一'))],
  normativeDocs: [ours('本机关制定的行政规范性文件（2019年版格式称“规范性文件”）。', art20('一'))],
  licensing: [ours('本机关办理的行政许可事项。', art20('五'))],
  otherServices: [ours('行政许可以外、本机关对外办理的其他管理服务事项（2019年版格式）。', art20('五'))],
  penalty: [ours('本机关实施的行政处罚。', art20('六'))],
  enforcement: [ours('本机关实施的行政强制（行政强制措施和行政强制执行）。', art20('六'))],
  fees: [ours('本机关收取的行政事业性收费。', art20('八'))],
  procurement: [ours('本机关的政府集中采购项目（2019年版格式）。', art20('九'))]
}

const decisions = [ours('统计年度内（1月1日至12月31日）本机关作出的处理决定件数。')]
const prevItems = [ours('上一年度报告的项目（事项）数量。')]
const delta = [ours('本年比上一年增加的数量写正数，减少的写负数，没有变化写0。')]

/** By block and column key ("item1.issued"): the same column key means different things in different blocks. */
export const T2_COLUMN_NOTES: Readonly<Record<string, readonly FillingNote[]>> = {
  // 2021 format
  'item1.issued': [ours('统计年度内新制定并发布的件数。')],
  'item1.repealed': [ours('统计年度内宣布废止（失效）的件数。')],
  'item1.inForce': [ours('统计年度末仍然有效的件数，一般等于上年的现行有效件数加本年制发、减本年废止。')],
  'item5.decisions': decisions,
  'item6.decisions': decisions,
  'item8.amount': [ours('统计年度内收取的行政事业性收费金额，单位为万元（例如 1.5 表示 1.5 万元）。')],
  // 2019 format
  'item1.made': [ours('统计年度内新制作的数量。')],
  'item1.published': [ours('统计年度内新公开的数量。')],
  'item1.total': [ours('截至统计年度末对外公开的总数量。')],
  'item5.prevItems': prevItems,
  'item5.delta': delta,
  'item6.prevItems': prevItems,
  'item6.delta': delta,
  'item8.prevItems': prevItems,
  'item8.delta': delta,
  'item9.projects': [ours('统计年度内政府集中采购的项目数量。')],
  'item9.amount': [ours('统计年度内政府集中采购的总金额。表格未印单位，请在数字后写明“元”或“万元”。')]
}
