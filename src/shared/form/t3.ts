import type { ColumnDef, FormatId, GridTableDef, HeaderGroup, RowDef } from './types'

// 三、收到和处理政府信息公开申请情况. Header identical in both formats; rows differ only in （六）.

export const T3_CORNER = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

const applicants: HeaderGroup = { key: 'applicants', label: '申请人情况' }
const orgs: HeaderGroup = { key: 'orgs', label: '法人或其他组织' }

const count = (key: string, label: string, groups: HeaderGroup[]): ColumnDef => ({ key, label, kind: 'count', groups })

export const T3_COLUMNS: readonly ColumnDef[] = [
  count('natural', '自然人', [applicants]),
  count('commercial', '商业企业', [applicants, orgs]),
  count('research', '科研机构', [applicants, orgs]),
  count('nonprofit', '社会公益组织', [applicants, orgs]),
  count('legal', '法律服务机构', [applicants, orgs]),
  count('otherOrg', '其他', [applicants, orgs]),
  count('total', '总计', [applicants])
]

/** The six applicant columns whose sum is the 总计 column (C3). */
export const T3_APPLICANT_COLUMNS = T3_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key)

const results: HeaderGroup = { key: 'results', label: '三、本年度办理结果' }
const denied: HeaderGroup = { key: 'denied', label: '（三）不予公开' }
const unable: HeaderGroup = { key: 'unable', label: '（四）无法提供' }
const rejected: HeaderGroup = { key: 'rejected', label: '（五）不予处理' }
const other: HeaderGroup = { key: 'other', label: '（六）其他处理' }

const row = (key: string, label: string, ...groups: HeaderGroup[]): RowDef => ({ key, label, groups })

const head: readonly RowDef[] = [
  row('new', '一、本年新收政府信息公开申请数量'),
  row('carriedOver', '二、上年结转政府信息公开申请数量'),
  row('granted', '（一）予以公开', results),
  row('partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', results),
  row('denied.stateSecret', '1.属于国家秘密', results, denied),
  row('denied.lawForbidden', '2.其他法律行政法规禁止公开', results, denied),
  row('denied.threeSafety', '3.危及“三安全一稳定”', results, denied),
  row('denied.thirdParty', '4.保护第三方合法权益', results, denied),
  row('denied.internal', '5.属于三类内部事务信息', results, denied),
  row('denied.process', '6.属于四类过程性信息', results, denied),
  row('denied.enforcementFile', '7.属于行政执法案卷', results, denied),
  row('denied.adminQuery', '8.属于行政查询事项', results, denied),
  row('unable.notHeld', '1.本机关不掌握相关政府信息', results, unable),
  row('unable.needCreation', '2.没有现成信息需要另行制作', results, unable),
  row('unable.unclear', '3.补正后申请内容仍不明确', results, unable),
  row('rejected.complaint', '1.信访举报投诉类申请', results, rejected),
  row('rejected.repeat', '2.重复申请', results, rejected),
  row('rejected.publication', '3.要求提供公开出版物', results, rejected),
  row('rejected.massive', '4.无正当理由大量反复申请', results, rejected),
  row('rejected.confirm', '5.要求行政机关确认或重新出具已获取信息', results, rejected)
]

const other2019: readonly RowDef[] = [row('other', other.label, results)]

const other2021: readonly RowDef[] = [
  row('other.overdueCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', results, other),
  row('other.overdueFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', results, other),
  row('other.misc', '3.其他', results, other)
]

const tail: readonly RowDef[] = [row('total', '（七）总计', results), row('carriedForward', '四、结转下年度继续办理')]

/** Table 三 of a format; `singleOther` sets （六）其他处理 as 2019's single row (the 2019 format and the mixed layout). */
export function t3Table(format: FormatId, singleOther = format === '2019'): GridTableDef {
  return {
    id: 't3',
    shape: 'grid',
    corner: T3_CORNER,
    labelColumns: 3,
    columns: T3_COLUMNS,
    rows: [...head, ...(singleOther ? other2019 : other2021), ...tail],
    // The template's proportions (754 + 921 + 3271, 7 × 685) set on the GB/T 9704 text block (156 mm)
    // shrink its label columns below the labels' words: "三、本年度办理结果" would wrap in five lines
    // ending "果", "（三）不予公开" end in "开". These widths fit the text block exactly and, at 10 pt,
    // wrap every label with no lone last character: 3 a line for 三 and 自然人, 4 for （三）…（六），
    // 13 for the row labels (tests/shared/form/label-fit.test.ts).
    widths: [740, 940, 2765, 740, 610, 610, 610, 610, 610, 610]
  }
}

/** Row keys of the result rows whose sum is （七）总计 (C2). */
export function t3ResultRows(table: FormatId | GridTableDef): string[] {
  return (typeof table === 'string' ? t3Table(table) : table).rows.filter((r) => r.groups[0]?.key === results.key && r.key !== 'total')
    .map((r) => r.key)
}
