import { z } from 'zod'
import type { Report, } from '../../shared/report/types'
import type { AppSettings } from '../../shared/settings'
import { DEFAULT_SETTINGS } from '../../shared/settings'
import type { SnapshotInfo } from '../../shared/ipc'
import { reportSchema } from '../schema/report'
import { appSettingsSchema, windowStateSchema, type WindowState } from '../schema/settings'

// What each data file holds, its schema version, and the migrations from older versions.

export const SCHEMA_VERSION = 1

export interface StoredSnapshot extends SnapshotInfo {
  report: Report
}

/** reports/<id>.json: one report and its deletion mark (undoable). Written on every autosave. */
export interface ReportFile {
  schemaVersion: number
  report: Report
  deleted: { at: string; undoToken: string } | null
  /** Raised by every write of the content, so a save based on an older one can be refused. */
  revision?: number
}

/**
 * reports/<id>.history.json: the report's bounded snapshots. A separate file, written only when a
 * snapshot is taken, so an autosave writes one report and not twenty.
 */
export interface HistoryFile {
  schemaVersion: number
  snapshots: StoredSnapshot[]
}

/** settings.json: app settings and the window's size and position. */
export interface SettingsFile {
  schemaVersion: number
  settings: AppSettings
  window: WindowState | null
}

const snapshotSchema = z.strictObject({
  id: z.string().max(64),
  at: z.string().max(40),
  reason: z.enum(['autosave', 'manual', 'before-restore', 'before-import', 'before-overwrite']),
  report: reportSchema
})

const reportFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  report: reportSchema,
  deleted: z.strictObject({ at: z.string().max(40), undoToken: z.string().max(64) }).nullable(),
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional()
})

const historyFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  snapshots: z.array(snapshotSchema).max(1000)
})

const settingsFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  settings: appSettingsSchema,
  window: windowStateSchema.nullable()
})

export class NewerSchemaError extends Error {
  constructor(version: number) {
    super(`数据文件由更新版本的年报助手创建（格式版本 ${version}），本版本无法读取。请升级年报助手。`)
    this.name = 'NewerSchemaError'
  }
}

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>

/**
 * Version 0 was the pre-release layout: a bare Report per file and bare AppSettings. Each
 * migration takes version N to N + 1; add one here whenever a file's shape changes.
 */
const REPORT_MIGRATIONS: Record<number, Migration> = {
  0: (raw) => ({ schemaVersion: 1, report: raw, deleted: null })
}
const HISTORY_MIGRATIONS: Record<number, Migration> = {}
const SETTINGS_MIGRATIONS: Record<number, Migration> = {
  0: (raw) => ({ schemaVersion: 1, settings: { ...DEFAULT_SETTINGS, ...raw }, window: null })
}

function migrate(raw: unknown, migrations: Record<number, Migration>): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw
  let data = raw as Record<string, unknown>
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0
  if (version > SCHEMA_VERSION) throw new NewerSchemaError(version)
  while (version < SCHEMA_VERSION) {
    const step = migrations[version]
    if (!step) break
    data = step(data)
    version = data.schemaVersion as number
  }
  return data
}

export function validateReportFile(raw: unknown): ReportFile {
  return reportFileSchema.parse(migrate(raw, REPORT_MIGRATIONS)) as ReportFile
}

export function validateHistoryFile(raw: unknown): HistoryFile {
  return historyFileSchema.parse(migrate(raw, HISTORY_MIGRATIONS)) as HistoryFile
}

export function emptyHistoryFile(): HistoryFile {
  return { schemaVersion: SCHEMA_VERSION, snapshots: [] }
}

export function validateSettingsFile(raw: unknown): SettingsFile {
  return settingsFileSchema.parse(migrate(raw, SETTINGS_MIGRATIONS)) as SettingsFile
}

export function defaultSettingsFile(): SettingsFile {
  return { schemaVersion: SCHEMA_VERSION, settings: structuredClone(DEFAULT_SETTINGS), window: null }
}
