import { createHash } from 'node:crypto'
import { z, ZodError } from 'zod'
import type { Report } from '../../shared/report/types'
import type { AppSettings } from '../../shared/settings'
import { describeZodError } from '../schema/errors'
import { reportSchema } from '../schema/report'
import { appSettingsSchema } from '../schema/settings'

// 备份全部报告: one JSON file with every report and the settings, a format version and a checksum
// of its content. Reading one checks it all (version, checksum, every report's full shape) before
// anything is restored: a broken or foreign file is refused with a plain message.

export const BACKUP_SCHEMA = 'nianbao/backup@1'
/** Generous for hundreds of reports; a file larger than this is not one of ours. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024
const MAX_REPORTS = 10_000

export interface Backup {
  createdAt: string
  reports: Report[]
  settings: AppSettings
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

function checksumOf(reports: unknown, settings: unknown): string {
  return `sha256:${createHash('sha256').update(JSON.stringify({ reports, settings })).digest('hex')}`
}

/** The backup file's text for these reports and settings. */
export function writeBackupText(reports: readonly Report[], settings: AppSettings, now: Date): string {
  const file = { schema: BACKUP_SCHEMA, app: '年报助手', createdAt: now.toISOString(), reports, settings, checksum: checksumOf(reports, settings) }
  return `${JSON.stringify(file, null, 1)}\n`
}

const envelopeSchema = z.object({
  schema: z.literal(BACKUP_SCHEMA),
  createdAt: z.string().max(40),
  reports: z.array(z.unknown()).max(MAX_REPORTS),
  settings: z.unknown(),
  checksum: z.string().max(100)
})

/** Reads a backup file's text; throws BackupError (in Chinese) for anything that is not a whole, intact backup. */
export function readBackupText(text: string): Backup {
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new BackupError('这个文件不是年报助手的备份文件（无法按 JSON 读取，可能已损坏或不完整）。')
  }
  const schema = (raw as { schema?: unknown } | null)?.schema
  if (typeof schema === 'string' && schema.startsWith('nianbao/report@')) {
    throw new BackupError('这是一份报告交换文件，不是备份文件：请在报告列表中用“导入”打开它。')
  }
  if (typeof schema === 'string' && schema.startsWith('nianbao/backup@') && schema !== BACKUP_SCHEMA) {
    throw new BackupError(`这个备份文件由更新版本的年报助手制作（${schema}），当前版本无法读取，请先升级年报助手。`)
  }
  const envelope = envelopeSchema.safeParse(raw)
  if (!envelope.success) throw new BackupError('这个文件不是年报助手的备份文件（缺少备份的版本标记或内容）。')
  const { reports, settings, checksum, createdAt } = envelope.data
  if (checksum !== checksumOf(reports, settings)) {
    throw new BackupError('备份文件已损坏或被修改过（校验值不符），没有恢复任何内容。')
  }
  try {
    const parsed = z.array(reportSchema).parse(reports) as Report[]
    const ids = new Set<string>()
    for (const r of parsed) {
      if (ids.has(r.id)) throw new BackupError(`备份文件中有两份报告编号相同（${r.id}），文件不完整，没有恢复任何内容。`)
      ids.add(r.id)
    }
    return { createdAt, reports: parsed, settings: appSettingsSchema.parse(settings) }
  } catch (e) {
    if (e instanceof ZodError) throw new BackupError(`备份文件中的内容不完整或格式不对（${describeZodError(e)}），没有恢复任何内容。`)
    throw e
  }
}
