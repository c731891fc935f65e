import { FORM_2019, FORM_2021, ours, REGULATION, type FillingNote } from './types'

// 表三 收到和处理政府信息公开申请情况. Official words: the form's corner cell (both formats print
// it) and the parenthesis of （二）部分公开's label. Everything else is our explanation, citing the
// 条例 article (or the 国办 document) it rests on.

const FORMS = `${FORM_2019}、${FORM_2021}的表三`
const BALANCE: FillingNote = { text: '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和。', source: { kind: 'form', cite: `${FORMS}左上角` } }
const art = (n: string) => `${REGULATION}第${n}条`

export const T3_ROW_NOTES: Readonly<Record<string, readonly FillingNote[]>> = {
  new: [ours('统计年度内（1月1日至12月31日）新收到的政府信息公开申请件数。'), BALANCE],
  carriedOver: [ours('上一年度未办结、转到本年度继续办理的申请件数，应等于上年报告“四、结转下年度继续办理”的数字。'), BALANCE],
  granted: [ours('经办理，申请的信息全部予以公开的件数。', art('三十六'))],
  partial: [
    { text: '区分处理的，只计这一情形，不计其他情形。', source: { kind: 'form', cite: `${FORMS}栏目名称` } },
    ours('申请的信息中部分可以公开、部分不予公开，作区分处理后公开可以公开部分的件数。', art('三十七'))
  ],
  'denied.stateSecret': [ours('申请的信息属于国家秘密，决定不予公开的件数。', art('十四'))],
  'denied.lawForbidden': [ours('法律、行政法规禁止公开，决定不予公开的件数。', art('十四'))],
  'denied.threeSafety': [ours('公开后可能危及国家安全、公共安全、经济安全、社会稳定，决定不予公开的件数。', art('十四'))],
  'denied.thirdParty': [ours('涉及商业秘密、个人隐私等，公开会损害第三方合法权益，决定不予公开的件数。', art('十五'))],
  'denied.internal': [ours('属于人事管理、后勤管理、内部工作流程等内部事务信息，决定不予公开的件数。', art('十六'))],
  'denied.process': [ours('属于讨论记录、过程稿、磋商信函、请示报告等过程性信息，决定不予公开的件数。', art('十六'))],
  'denied.enforcementFile': [ours('属于行政执法案卷信息，决定不予公开的件数。', art('十六'))],
  'denied.adminQuery': [ours('申请的实为行政查询事项（例如按有关法律法规另行查询的登记资料），未作为政府信息公开的件数。')],
  'unable.notHeld': [ours('经检索，本机关没有所申请的信息，或不属于本机关负责公开的件数。', art('三十六'))],
  'unable.needCreation': [ours('所申请的信息需要另行制作、加工或分析才能提供，因而未能提供的件数。', art('三十八'))],
  'unable.unclear': [ours('告知申请人补正后，申请内容仍不明确，无法提供的件数。', art('三十'))],
  'rejected.complaint': [ours('以政府信息公开申请的形式进行信访、投诉、举报，不作为政府信息公开申请处理的件数。', art('三十九'))],
  'rejected.repeat': [ours('已作出答复后，申请人重复申请公开相同信息，不予重复处理的件数。', art('三十六'))],
  'rejected.publication': [ours('要求提供政府公报、报刊、书籍等公开出版物，告知获取途径的件数。', art('三十九'))],
  'rejected.massive': [ours('申请人无正当理由大量、反复申请，不予处理的件数。', art('三十五'))],
  'rejected.confirm': [ours('要求行政机关确认已获取的信息或重新出具已获取信息的件数。')],
  other: [ours('不属于（一）至（五）各项的其他处理结果（2019年版格式只有这一行）。')],
  'other.overdueCorrection': [ours('告知补正后，申请人无正当理由逾期不补正，视为放弃申请、不再处理的件数。', art('三十'))],
  'other.overdueFee': [
    ours('收到收费通知后逾期未缴纳信息处理费，视为放弃申请、不再处理的件数；有此类情况时，“六、其他需要报告的事项”应写明收费情况。', '国办函〔2020〕109号《政府信息公开信息处理费管理办法》')
  ],
  'other.misc': [ours('不属于以上各项的其他处理结果。')],
  total: [ours('（一）至（六）各行之和，即本年度办理完毕的申请件数。'), BALANCE],
  carriedForward: [ours('统计年度末尚未办结、转到下一年度继续办理的申请件数。'), BALANCE]
}

const org = (who: string) => [ours(`由${who}提出的申请（属于“法人或其他组织”）。`)]

export const T3_COLUMN_NOTES: Readonly<Record<string, readonly FillingNote[]>> = {
  natural: [ours('由公民个人提出的申请。')],
  commercial: org('商业企业'),
  research: org('科研机构'),
  nonprofit: org('社会公益组织'),
  legal: org('律师事务所等法律服务机构'),
  otherOrg: [ours('由上述四类以外的法人或其他组织提出的申请。')],
  total: [ours('自然人和五类法人或其他组织六列之和。')]
}
