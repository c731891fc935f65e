import type { CellValue } from '../../shared/report/types'
import { formatCellValue, isBlank } from '../../shared/report/values'
import type { BlankAs } from '../../shared/settings'

/**
 * What a value cell shows in an exported document: a blank is written as the user chose (0 or "/"),
 * never left empty; "/" stays "/"; text that is not a number is written as it is (rule C6 flags it).
 */
export function cellText(value: CellValue | undefined, blankAs: BlankAs): string {
  if (isBlank(value)) return blankAs === 'zero' ? '0' : '/'
  return formatCellValue(value)
}
