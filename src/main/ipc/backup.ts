import { promises as fs } from 'node:fs'
import { basename } from 'node:path'
import { BackupError, MAX_BACKUP_BYTES, readBackupText, writeBackupText, type Backup } from '../backup/backup-file'
import { planRestore, restoreBackup, summarizeBackup } from '../backup/restore'
import { writeAtomic } from '../storage/atomic-write'
import { nodeDiskIO } from '../storage/disk-io'
import { describeWriteError } from '../storage/messages'
import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'
import { ImportTokens } from './import-tokens'
import { IpcFailure } from './result'

// backup:* — 备份全部报告 and 从备份恢复. Paths only come from the dialogs; a backup is checked
// whole before it is shown, and restoring only ever adds (backup/restore.ts).

export function backupHandlers({ storage, dialogs }: HandlerDeps): HandlerMap<'backup'> {
  const previews = new ImportTokens<Backup>()
  const storedReports = () => storage.list().map((s) => storage.get(s.id))
  return {
    'backup:save': async () => {
      const now = new Date()
      const text = writeBackupText(storedReports(), storage.settings(), now)
      const day = now.toISOString().slice(0, 10).replaceAll('-', '')
      const path = await dialogs.chooseSavePath(`年报助手备份-${day}.json`, 'backup')
      if (path === null) return { saved: false }
      try {
        await writeAtomic(path, text, nodeDiskIO)
      } catch (e) {
        throw new IpcFailure('io', `无法保存备份到“${path}”：${describeWriteError(e as Error)}。请换一个位置保存。`)
      }
      return { saved: true, path }
    },
    'backup:preview': async () => {
      const path = await dialogs.chooseOpenPath('backup')
      if (path === null) return { canceled: true }
      const backup = await readBackup(path)
      return { token: previews.add(backup), fileName: basename(path), summary: summarizeBackup(backup, planRestore(backup, storedReports())) }
    },
    'backup:restore': async ({ token }) => {
      const backup = previews.get(token)
      if (!backup) throw new IpcFailure('not-found', '这次恢复已过期或已完成，请重新选择备份文件。')
      previews.consume(token)
      return restoreBackup(storage, backup)
    }
  }
}

async function readBackup(path: string): Promise<Backup> {
  let text: string
  try {
    const stat = await fs.stat(path)
    if (stat.size > MAX_BACKUP_BYTES) throw new IpcFailure('import', `文件“${basename(path)}”太大，不是年报助手的备份文件。`)
    text = await fs.readFile(path, 'utf8')
  } catch (e) {
    if (e instanceof IpcFailure) throw e
    throw new IpcFailure('io', `无法读取文件“${basename(path)}”：${describeWriteError(e as Error)}`)
  }
  try {
    return readBackupText(text)
  } catch (e) {
    if (e instanceof BackupError) throw new IpcFailure('import', `“${basename(path)}”：${e.message}`)
    throw e
  }
}
