import { FolderError, listFiles } from '../folder/list-files'
import { IpcFailure } from './result'

/** The files of a folder the user chose, for a handler: a folder that cannot be read is an 'io' failure with its Chinese message. */
export async function folderFiles(dir: string): Promise<string[]> {
  try {
    return await listFiles(dir)
  } catch (e) {
    if (e instanceof FolderError) throw new IpcFailure('io', e.message)
    throw e
  }
}
