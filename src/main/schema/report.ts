import { z } from 'zod'
import { isCellKey, layoutOf } from '../../shared/form'
import type { Report } from '../../shared/report/types'
import { ID_PATTERN, LIMITS } from './limits'

// The full shape of a Report, checked on every IPC message and on every file read from disk.

export const idSchema = z.string().regex(ID_PATTERN, '编号格式不正确')
const shortText = z.string().max(LIMITS.shortTextLength)
const timestamp = z.string().max(40)

export const cellValueSchema = z.union(
  [z.number().refine(Number.isFinite, '数值无效'), z.null(), z.string().max(LIMITS.cellTextLength, `单元格文字不能超过 ${LIMITS.cellTextLength} 字`)],
  {
    // 1e309 arrives as Infinity (JSON.parse): name it, rather than "取值不允许".
    error: (issue) => (typeof issue.input === 'number' ? '数字超出范围或无效（例如 1e309），请填写正常的数字' : '应为数字、空白或“/”')
  }
)

const contactSchema = z.strictObject({
  address: shortText,
  postcode: shortText,
  phone: shortText,
  email: shortText,
  website: shortText
})

const acknowledgementSchema = z.strictObject({
  fingerprint: shortText,
  rule: z.string().max(16),
  explanation: z.string().max(LIMITS.textSectionLength),
  values: z.record(z.string().max(200), cellValueSchema),
  at: timestamp
})

const cellKeysSchema = z.array(z.string().max(200)).min(1).max(200)

/** A figure of the text linked to its cells (生成表述); optional, so reports saved before load as they are. */
const textLinkSchema = z.strictObject({
  section: z.enum(['overview', 'problems', 'other']),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  // The words before a figure, or a whole statement that says "none" (statement set).
  before: z.string().max(2_000),
  after: z.string().max(8),
  cells: cellKeysSchema,
  base: cellKeysSchema.optional(),
  decimals: z.number().int().min(0).max(6).optional(),
  value: z.number().refine(Number.isFinite, '数值无效'),
  statement: z.string().max(64).optional()
})

const textSchema = z.strictObject({
  overview: z.string().max(LIMITS.textSectionLength, `正文不能超过 ${LIMITS.textSectionLength} 字`),
  problems: z.string().max(LIMITS.textSectionLength, `正文不能超过 ${LIMITS.textSectionLength} 字`),
  other: z.string().max(LIMITS.textSectionLength, `正文不能超过 ${LIMITS.textSectionLength} 字`),
  // Added later: reports stored before it have none (the generated 前言 is used).
  preface: z.string().max(LIMITS.textSectionLength, `前言不能超过 ${LIMITS.textSectionLength} 字`).optional()
})

export const reportSchema = z
  .strictObject({
    id: idSchema,
    agency: z.string().max(LIMITS.agencyLength, `机关名称不能超过 ${LIMITS.agencyLength} 字`),
    year: z.number().int().min(LIMITS.minYear).max(LIMITS.maxYear),
    format: z.enum(['2019', '2021']),
    cells: z.record(z.string().max(200), cellValueSchema),
    text: textSchema,
    contact: contactSchema,
    deadline: z.enum(['department', 'government']),
    signOff: z.strictObject({ enabled: z.boolean(), date: z.string().max(40) }),
    acknowledgements: z.array(acknowledgementSchema).max(LIMITS.acknowledgements),
    textLinks: z.array(textLinkSchema).max(LIMITS.textLinks).optional(),
    computed: z.array(z.string().max(200)).max(LIMITS.computedTotals).optional(),
    // Added later: the clerk's title breaks; checked against the title at export, not here (a renamed agency leaves them stale, not invalid).
    titleBreaks: z.array(z.string().max(LIMITS.agencyLength + 40)).max(LIMITS.titleBreakLines).optional(),
    previousId: idSchema.nullable(),
    createdAt: timestamp,
    updatedAt: timestamp
  })
  .superRefine((report, ctx) => {
    const layout = layoutOf(report.format, report.cells)
    for (const key of Object.keys(report.cells)) {
      if (!isCellKey(layout, key)) {
        ctx.addIssue({ code: 'custom', path: ['cells', key], message: `“${key}”不是${report.format}年版格式的单元格` })
      }
    }
  })

/** Parses a report; throws a ZodError naming the first problem. */
export function parseReport(data: unknown): Report {
  return reportSchema.parse(data) as Report
}
