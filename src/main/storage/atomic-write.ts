import { basename, dirname, join } from 'node:path'
import type { DiskIO } from './disk-io'

// Write-then-rename: the target is always either the old complete file or the new complete file.
// The new content is fsynced before the rename and the folder after it, so a power cut cannot
// leave a renamed but empty file. The previous version is kept as `<file>.bak`.

export function tempPathOf(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp`)
}

export function backupPathOf(target: string): string {
  return `${target}.bak`
}

export async function writeAtomic(target: string, data: string | Uint8Array, io: DiskIO, options: { backup?: boolean } = {}): Promise<void> {
  const temp = tempPathOf(target)
  await io.writeDurable(temp, data)
  if (options.backup && (await io.exists(target))) await keepBackup(target, io)
  await io.rename(temp, target)
  await io.fsyncDir(dirname(target))
}

/** The current file becomes the backup, without ever leaving the backup half-written. */
async function keepBackup(target: string, io: DiskIO): Promise<void> {
  const backup = backupPathOf(target)
  const staging = `${backup}.tmp`
  await io.unlink(staging)
  try {
    await io.link(target, staging)
  } catch {
    // File systems without hard links (some USB sticks): copy instead.
    await io.copyFile(target, staging)
  }
  await io.rename(staging, backup)
}
