import type { SeverityCounts } from '../aggregate/status'
import type { FormatId } from '../form/types'
import type { Warning } from '../rules/types'

// 检查文件夹: one result per file of a folder of published reports.

export type FileCheck =
  | {
      /** The file's path within the folder checked. */
      file: string
      ok: true
      agency: string
      year: number
      /** The file does not state its year: the year is assumed, the rules on years may be off. */
      yearUnknown: boolean
      format: FormatId
      counts: SeverityCounts
      warnings: Warning[]
    }
  | { file: string; ok: false; error: string }

/** While a folder is checked: how far it has got. */
export interface FolderProgress {
  done: number
  total: number
  /** The file last finished. */
  current?: string
}
