// The phrases T1 reads in a text section, as data. Each names a topic; its role says how it combines:
// - generic: a verb that counts applications (收到, 办结) and yields to a category named just before it;
// - specific: carried over / forward; result: a result category of 表三 (several may be summed);
// - applicant: a column of 表三; group: a group of 表四; outcome: a result column of 表四, read only
//   after a group in the same sentence.

export type PhraseRole = 'generic' | 'specific' | 'result' | 'applicant' | 'group' | 'outcome'

export interface Phrase {
  topic: string
  role: PhraseRole
  re: RegExp
}

/** Most specific first: of two phrases matching the same characters, the earlier one is kept. */
export const PHRASES: readonly Phrase[] = [
  { topic: 'carriedOver', role: 'specific', re: /(?:上年度?|上一年度?|去年|\d{4}年度?)(?:度)?结转(?:下来)?/g },
  { topic: 'carriedForward', role: 'specific', re: /结转|顺延|转入下|转至下|转到下|转下一?年度?|延续至下/g },
  { topic: 'partial', role: 'result', re: /部分公开/g },
  { topic: 'denied', role: 'result', re: /不予(?:以)?公开/g },
  { topic: 'granted', role: 'result', re: /(?<!不)予以公开|同意公开|全部公开/g },
  { topic: 'unable', role: 'result', re: /无法提供/g },
  { topic: 'rejected', role: 'result', re: /不予处理/g },
  { topic: 'otherResult', role: 'result', re: /其他处理/g },
  { topic: 'suitAfterReview', role: 'group', re: /复议后(?:提起)?(?:行政诉讼|起诉)/g },
  { topic: 'suitDirect', role: 'group', re: /(?:未经(?:行政)?复议)?直接(?:提起(?:行政)?诉讼|起诉)/g },
  { topic: 'review', role: 'group', re: /行政复议/g },
  { topic: 'suit', role: 'group', re: /行政诉讼|提起诉讼|起诉|诉讼/g },
  { topic: 'upheld', role: 'outcome', re: /(?:结果)?维持/g },
  { topic: 'corrected', role: 'outcome', re: /(?:结果)?纠正/g },
  { topic: 'otherOutcome', role: 'outcome', re: /其他结果/g },
  { topic: 'pending', role: 'outcome', re: /尚未审结|未审结|正在审理|尚在审理/g },
  { topic: 'applicant:orgs', role: 'applicant', re: /法人(?:或|和|及|与)?其他组织/g },
  { topic: 'applicant:natural', role: 'applicant', re: /自然人/g },
  { topic: 'applicant:commercial', role: 'applicant', re: /商业企业/g },
  { topic: 'applicant:research', role: 'applicant', re: /科研机构/g },
  { topic: 'applicant:nonprofit', role: 'applicant', re: /社会公益组织/g },
  { topic: 'applicant:legal', role: 'applicant', re: /法律服务机构/g },
  { topic: 'answered', role: 'generic', re: /办结|答复|回复|办理完毕|处理完毕|完成办理/g },
  { topic: 'received', role: 'generic', re: /收到|受理|接收|新收|收悉|共收/g }
]

/** Between two result categories, words that make their numbers one sum ("予以公开及部分公开208件"). */
export const SUM_CONNECTOR = /^(?:及|和|与|、|以及|加|或|[（(](?:含|包括))$/

/** Between a category and a generic verb, what may stand ("同意公开答复", "转下一年度办理答复的有"). */
export const CATEGORY_THEN_VERB = /^(?:的|类|办理|申请|的申请)?$/

/** Words in the gap between phrase and number that make the number something other than a count of it. */
export const NOT_A_COUNT =
  /各|分别|约|近|超|逾|法人|企业|组织|机构|个人|其中|人次|同比|建议|提案|信访|咨询|留言|来信|来电|热线|投诉|举报|事项|问题|批示|转办|督办|政务服务|平均|累计|以上|以下/

/** The clause compares with another period or counts something else. */
export const COMPARATIVE = /同比|环比|较|相比|比上年|去年|上年(?!度?结转)|上一年(?!度?结转)|增长|下降|减少|增加|累计|历年|以来/

/** A number with no phrase before it, followed by words saying the applications are still open. */
export const STILL_OPEN = /^(?:申请)?(?:正在|仍在|尚在|还在|在|需|将)[^，。；]{0,8}(?:办理|处理|答复)|^(?:申请)?(?:结转|顺延|转入)/

/** For generic verbs, the gap must be short or say it is about applications. */
export const ABOUT_APPLICATIONS = /申请|公开|信息|年度|继续办理/

/** A sentence whose other counts would be about something else: never compared with 表三. */
export const OTHER_SUBJECT = /人大|政协|建议|提案|信访|12345|热线|咨询|来电|来信|留言|主动公开(?:信息|政府信息)?\d/

/** "占51.85%", "占比25%", "占总数的30%" right after a count. */
export const PERCENT_AFTER = /^[）)]?[，,]?\s*[（(]?\s*(?:约)?占(?:比|比例|全部申请|总数|申请总数|[^\d，。；%％]{0,10}?的)?(?:为|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/

export const MAX_GAP = 15
/** "共", "了", "的" …: a generic verb's gap this short needs no further proof of its subject. */
export const SHORT_GAP = 3
