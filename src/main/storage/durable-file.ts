import { Low, type Adapter } from 'lowdb'
import { basename, dirname, join } from 'node:path'
import { backupPathOf, writeAtomic } from './atomic-write'
import type { DiskIO } from './disk-io'
import { NewerSchemaError } from './file-schema'

// lowdb's file adapter, made durable (fsync + atomic rename + backup) and strict on read: a file
// that is empty, not JSON or not the expected shape is reported as damaged, never read as empty.

export class DamagedFileError extends Error {
  constructor(
    readonly path: string,
    reason: string
  ) {
    super(`数据文件“${basename(path)}”已损坏：${reason}`)
    this.name = 'DamagedFileError'
  }
}

export type Validate<T> = (raw: unknown) => T

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly io: DiskIO,
    private readonly validate: Validate<T>
  ) {}

  async read(): Promise<T | null> {
    return readValidated(this.path, this.io, this.validate)
  }

  async write(data: T): Promise<void> {
    // Serialise synchronously: lowdb's data may change while the write is in flight.
    const text = JSON.stringify(data)
    await writeAtomic(this.path, text, this.io, { backup: true })
  }
}

async function readValidated<T>(path: string, io: DiskIO, validate: Validate<T>): Promise<T | null> {
  const text = await io.readText(path)
  if (text === null) return null
  if (text.trim() === '') throw new DamagedFileError(path, '文件是空的')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new DamagedFileError(path, '内容不完整或不是有效的 JSON')
  }
  try {
    return validate(raw)
  } catch (e) {
    // A file from a newer app version is sound: never move it aside.
    if (e instanceof NewerSchemaError) throw e
    throw new DamagedFileError(path, `内容格式不正确（${(e as Error).message.slice(0, 200)}）`)
  }
}

export interface Recovery {
  /** Where the damaged file was moved. */
  movedTo: string
  /** Whether the last good copy was restored (false: nothing usable was found). */
  restored: boolean
  message: string
}

export interface OpenedFile<T> {
  db: Low<T>
  /** Null when the file did not exist yet. */
  existed: boolean
  recovery: Recovery | null
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/**
 * Opens one data file with lowdb. A damaged file is moved aside (timestamped) and its last good
 * copy restored; the caller shows the recovery notice. With no good copy, `existed` is true and
 * `db.data` is the default: the caller decides whether that may be used.
 */
export async function openDurable<T>(path: string, io: DiskIO, validate: Validate<T>, fallback: T, now = new Date()): Promise<OpenedFile<T>> {
  const db = new Low<T>(new DurableJsonFile(path, io, validate), fallback)
  try {
    await db.read()
    if (db.data !== fallback) return { db, existed: true, recovery: null }
    // Main file missing: a crash between backup and rename cannot cause this, but a user or a
    // sync tool deleting it can. Fall back to the backup if there is one.
    const fromBackup = await readBackup(path, io, validate)
    if (fromBackup === null) return { db, existed: false, recovery: null }
    db.data = fromBackup
    await db.write().catch(() => undefined)
    return { db, existed: true, recovery: { movedTo: '', restored: true, message: `数据文件“${basename(path)}”缺失，已从备份恢复。` } }
  } catch (e) {
    if (!(e instanceof DamagedFileError)) throw e
    const movedTo = join(dirname(path), `${basename(path)}.damaged-${stamp(now)}`)
    await io.rename(path, movedTo)
    const fromBackup = await readBackup(path, io, validate)
    if (fromBackup !== null) {
      db.data = fromBackup
      // Write it back so the next start finds a sound file (the backup stays the good copy). If
      // the disk refuses, the next start restores from the same backup again: nothing is lost.
      await writeAtomic(path, JSON.stringify(fromBackup), io).catch(() => undefined)
      return {
        db,
        existed: true,
        recovery: { movedTo, restored: true, message: `${e.message}。已恢复最近一次完好的备份；损坏的文件已移到“${movedTo}”。` }
      }
    }
    db.data = fallback
    return {
      db,
      existed: true,
      recovery: { movedTo, restored: false, message: `${e.message}，且没有可用的备份。损坏的文件已移到“${movedTo}”，请联系技术人员。` }
    }
  }
}

async function readBackup<T>(path: string, io: DiskIO, validate: Validate<T>): Promise<T | null> {
  try {
    return await readValidated(backupPathOf(path), io, validate)
  } catch {
    return null
  }
}
