import { cellInfo, describeCell, type FormatId } from '../../../../shared/form'
import type { Warning } from '../../../../shared/rules'

const TABLE_NAME = { t2: '表二', t3: '表三', t4: '表四' } as const

/**
 * One line of the export dialog's error list. Most messages already say where (表三“…”行：…):
 * the location is added only when the message does not name the cell's table itself.
 */
export function exportErrorText(format: FormatId, w: Warning): string {
  const key = w.cells[0]
  const info = key ? cellInfo(format, key) : undefined
  if (!key || !info || w.message.includes(TABLE_NAME[info.table])) return w.message
  return `${describeCell(format, key)}：${w.message}`
}
