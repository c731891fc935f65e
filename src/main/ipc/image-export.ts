import type { ImageExportRequest } from '../../shared/ipc'
import { writeAtomic } from '../storage/atomic-write'
import { nodeDiskIO } from '../storage/disk-io'
import { describeWriteError } from '../storage/messages'
import type { HandlerDeps } from './deps'
import { IpcFailure } from './result'

// files:exportImage — a PNG the page drew (the years side by side), saved where the user chooses.
// The page sends only bytes and a suggested name; the path comes from the save dialog.

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length > PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)
}

/** A file name the user's system accepts: no path separators or reserved characters. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\r\n\t\0]/g, '_').trim().slice(0, 200)
}

export async function exportImage(deps: HandlerDeps, { name, pngBase64 }: ImageExportRequest): Promise<{ saved: true; path: string } | { saved: false }> {
  const bytes = new Uint8Array(Buffer.from(pngBase64, 'base64'))
  if (!isPng(bytes)) throw new IpcFailure('invalid-request', '要保存的图片不是 PNG 格式，未保存。')
  const path = await deps.dialogs.chooseSavePath(`${safeFileName(name)}.png`, 'png')
  if (path === null) return { saved: false }
  try {
    await writeAtomic(path, bytes, nodeDiskIO)
  } catch (e) {
    throw new IpcFailure('io', `无法保存到“${path}”：${describeWriteError(e as Error)}。请换一个位置保存。`)
  }
  return { saved: true, path }
}
