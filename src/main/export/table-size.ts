import type { TableId } from '../../shared/form'
import type { Typography } from '../../shared/settings'

/** 五号: the largest size at which 四's fifteen columns still fit a portrait page. */
const T4_MAX_PT = 10.5

/** The text size of a table, in points: the user's table size, 四 capped at 五号. */
export function tableSizePt(table: TableId, typography: Typography): number {
  return table === 't4' ? Math.min(typography.tableSizePt, T4_MAX_PT) : typography.tableSizePt
}
