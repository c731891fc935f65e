import type { ImportResult } from '../../../../shared/import/types'
import type { ReportSummary } from '../../../../shared/ipc'
import type { StoredMatch } from './import-dialog'

/**
 * The stored report of the file's agency and year, offered beside the import. Not opened in the
 * file's place: the file may hold other figures (a colleague's revision, an older export), and
 * the user should see what it holds before choosing which to keep.
 */
export function storedMatch(result: ImportResult, reports: ReportSummary[] | null, open: (id: string) => void): StoredMatch | undefined {
  if (result.yearUnknown || !reports) return undefined
  const { agency, year } = result.report
  const match = reports.find((s) => s.agency.trim() === agency.trim() && s.year === year)
  return match ? { label: `${match.agency} ${match.year}年度`, onOpen: () => open(match.id) } : undefined
}
