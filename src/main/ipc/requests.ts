import { z } from 'zod'
import type { Channel } from '../../shared/ipc'
import { LIMITS } from '../schema/limits'
import { idSchema, reportSchema } from '../schema/report'
import { appSettingsSchema } from '../schema/settings'
import { WORK_REQUEST_SCHEMAS } from './work-requests'

// The expected shape of every channel's request. Objects are strict: an unexpected field (such
// as a file path the renderer made up) is an error, not silently ignored.

const none = z.union([z.undefined(), z.null()])
const byId = z.strictObject({ id: idSchema })
const token = z.string().min(1).max(64)

export const REQUEST_SCHEMAS: Record<Channel, z.ZodType> = {
  'reports:list': none,
  'reports:get': byId,
  'reports:create': z.strictObject({
    agency: z.string().trim().min(1, '请填写机关名称').max(LIMITS.agencyLength),
    year: z.number().int().min(LIMITS.minYear).max(LIMITS.maxYear),
    format: z.enum(['2019', '2021']).optional()
  }),
  'reports:open': byId,
  'reports:save': z.strictObject({
    report: reportSchema,
    order: z
      .strictObject({
        editor: token,
        seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        baseRevision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        overwrite: z.boolean().optional()
      })
      .optional()
  }),
  'reports:duplicate': byId,
  'reports:delete': byId,
  'reports:undoDelete': z.strictObject({ undoToken: token }),
  'reports:snapshots': byId,
  'reports:restoreSnapshot': z.strictObject({ id: idSchema, snapshotId: token }),
  'files:importPreview': none,
  'files:importConfirm': z.strictObject({
    token,
    mode: z.enum(['next-year', 'as-is']),
    replaceId: idSchema.optional(),
    year: z.number().int().min(LIMITS.minYear).max(LIMITS.maxYear).optional()
  }),
  'files:export': z.strictObject({
    id: idSchema,
    kind: z.enum(['docx', 'html', 'pdf', 'json']),
    blankAs: z.enum(['zero', 'slash'])
  }),
  'files:openExported': z.strictObject({ openToken: token, target: z.enum(['file', 'folder']) }),
  'files:exportImage': z.strictObject({
    name: z.string().trim().min(1).max(LIMITS.agencyLength + 50),
    // Base64 only, within the request limit; that it is a PNG is checked on the decoded bytes.
    pngBase64: z.string().min(8).max(LIMITS.requestChars - 1_000).regex(/^[A-Za-z0-9+/]+={0,2}$/, '图片数据不是 base64')
  }),
  'files:takeOpened': none,
  'settings:get': none,
  'settings:set': z.strictObject({ settings: appSettingsSchema }),
  'storage:status': none,
  'app:closeReady': z.strictObject({ token }),
  'storage:location': none,
  'print:document': z.strictObject({ id: idSchema, blankAs: z.enum(['zero', 'slash']) }),
  'backup:save': none,
  'backup:preview': none,
  'backup:restore': z.strictObject({ token }),
  ...WORK_REQUEST_SCHEMAS
}
