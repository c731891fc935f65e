import type { SaveOrder } from '../../shared/ipc'

// Which autosave may replace the stored report. Each accepted write of a report's content raises
// its revision; each editor numbers its own saves. A save is refused when it is older than what
// is stored: an earlier save of the same editor that arrives late, or a save from another window
// or tab whose content starts from a revision that has since been replaced.

/** Who wrote the stored content last (kept in memory: editors do not outlive the process). */
export interface LastWriter {
  editor: string
  seq: number
}

export type SaveVerdict = { accept: true } | { accept: false; reason: 'older-than-own' | 'changed-elsewhere' }

export function judgeSave(revision: number, lastWriter: LastWriter | null, order: SaveOrder | undefined): SaveVerdict {
  // Callers that do not take part (the CLI, older tests) are only serialised.
  if (!order || order.overwrite) return { accept: true }
  if (lastWriter && lastWriter.editor === order.editor) {
    return order.seq > lastWriter.seq ? { accept: true } : { accept: false, reason: 'older-than-own' }
  }
  return order.baseRevision === revision ? { accept: true } : { accept: false, reason: 'changed-elsewhere' }
}

export const STALE_MESSAGES: Record<Exclude<SaveVerdict, { accept: true }>['reason'], string> = {
  'older-than-own': '这次保存的内容比已保存的更旧（更新的一次保存已先到达），未覆盖。',
  'changed-elsewhere': '这份报告已在另一个窗口或标签页中保存了更新的内容。为免覆盖，这次保存未写入：请选择载入已保存的版本，或保留您的版本并覆盖。'
}
