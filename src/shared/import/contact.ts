import { EMPTY_CONTACT, type AgencyContact } from '../report/types'
import { toHalfWidth } from '../report/values'

// The contact details a report gives for questions about it ("如对本报告有任何疑问，请与某某办联系（地址：…，
// 邮编：…，电话：…）") and where it can be read ("电子版可在…网站（http://…）下载"). Only labelled values are
// taken, from the paragraphs that say what they are for; anything else stays blank for the clerk.

/** A paragraph offering contact for questions about the report. */
const ASKS = /疑问|咨询|联系|意见|建议/
/** A paragraph saying where the report can be read. */
const READ_AT = /电子版|查阅|下载|网站|网址|门户/

const END = '[，,；;。）)\\s]'
const FIELDS: { key: Exclude<keyof AgencyContact, 'website'>; pattern: RegExp }[] = [
  { key: 'address', pattern: new RegExp(`(?:通讯|通信|联系|办公)?地址[:：]\\s*([^，,；;。）)]{4,80}?)(?=${END}|$)`) },
  { key: 'postcode', pattern: /(?:邮编|邮政编码)[:：]?\s*(\d{6})(?!\d)/ },
  { key: 'phone', pattern: /(?:联系|咨询|办公|值班)?电话(?:[（(]传真[）)])?(?:号码)?[:：]\s*(\d[\d\-－—\s]{5,24}\d)(?!\d)/ },
  { key: 'email', pattern: /(?:电子邮箱|电子信箱|电子邮件|邮箱|E-?mail)[:：]\s*([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/i }
]
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/i

/** Contact details from paragraphs, the earliest paragraph first (the 前言 before the body). */
export function contactFromText(paragraphs: readonly string[]): AgencyContact {
  const out: AgencyContact = { ...EMPTY_CONTACT }
  for (const raw of paragraphs) {
    const p = toHalfWidth(raw)
    if (ASKS.test(p)) {
      for (const f of FIELDS) {
        if (out[f.key] !== '') continue
        const m = f.pattern.exec(p)
        if (m) out[f.key] = m[1].replace(/[－—]/g, '-').trim()
      }
    }
    if (out.website === '' && READ_AT.test(p)) {
      const m = URL.exec(p)
      // A URL's trailing punctuation belongs to the sentence.
      if (m) out.website = m[0].replace(/[.,;:)]+$/, '')
    }
  }
  return out
}

export function hasContact(c: AgencyContact): boolean {
  return Object.values(c).some((v) => v !== '')
}
