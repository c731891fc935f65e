import type { AggregateFolder } from '../../../../shared/ipc-work'

/**
 * The year of a folder's 汇总 when its files are of several years (the newest first, chosen by
 * default), and whether files that state no year count as of that year: the user's call, never a guess.
 */
export function FolderYear({ folder, busy, onPick }: { folder: AggregateFolder; busy: boolean; onPick: (year: number, includeUnknown: boolean) => void }) {
  const { years, unknown, year, includeUnknown } = folder
  if (years.length < 2 && unknown.length === 0) return null
  return (
    <div className="folder-year" data-testid="folder-year">
      {years.length > 1 && (
        <label>
          文件夹中的报告有{years.length}个年度，汇总{' '}
          <select value={year ?? ''} disabled={busy} onChange={(e) => onPick(Number(e.target.value), includeUnknown)} data-testid="folder-year-select">
            {years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year}年度（{y.departments.length}个部门）
              </option>
            ))}
          </select>
        </label>
      )}
      {unknown.length > 0 && year !== undefined && (
        <label>
          <input type="checkbox" checked={includeUnknown} disabled={busy} onChange={(e) => onPick(year, e.target.checked)} data-testid="folder-year-unknown" />{' '}
          把未写明年度的{unknown.length}个文件按{year}年度计入
        </label>
      )}
    </div>
  )
}
