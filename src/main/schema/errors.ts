import type { ZodError } from 'zod'

/** The first problem of a ZodError in plain Chinese, naming the field ("cells.t3.new.total"). */
export function describeZodError(error: ZodError): string {
  const issue = error.issues[0]
  if (!issue) return '内容格式不正确'
  const field = issue.path.map(String).join('.')
  const message = issue.code === 'custom' || /[\u4e00-\u9fff]/.test(issue.message) ? issue.message : translate(issue.code)
  return field ? `字段“${field}”：${message}` : message
}

function translate(code: string): string {
  switch (code) {
    case 'invalid_type':
      return '类型不正确'
    case 'too_big':
      return '过长或过大'
    case 'too_small':
      return '过短或过小'
    case 'unrecognized_keys':
      return '含有不允许的字段'
    case 'invalid_value':
    case 'invalid_union':
      return '取值不允许'
    default:
      return '格式不正确'
  }
}
