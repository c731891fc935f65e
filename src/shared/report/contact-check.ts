import type { AgencyContact } from './types'

/** Light checks of the contact details, each message naming the field. */
export function contactProblems(c: AgencyContact): Partial<Record<keyof AgencyContact, string>> {
  const out: Partial<Record<keyof AgencyContact, string>> = {}
  if (c.postcode && !/^\d{6}$/.test(c.postcode.trim())) out.postcode = '邮政编码应为6位数字'
  if (c.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(c.email.trim())) out.email = '电子邮箱格式不正确'
  if (c.phone && !/^[\d\s()（）+\-－—、,，转]{5,}$/.test(c.phone.trim())) out.phone = '联系电话只应包含数字和“-”'
  return out
}
