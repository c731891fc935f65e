import type { Report } from '../../shared/report/types'
import type { ReportFile } from './file-schema'

// Which stored report an import or a new report would duplicate: same agency (spacing aside), same year.

/** Agency names compare without spaces (full-width or not): "某某局 " is "某某局". */
export function normaliseAgency(agency: string): string {
  return agency.replace(/[\s\u3000]+/g, '')
}

/** The stored (not deleted) report of this agency and year, if any. */
export function findByAgencyYear(files: Iterable<ReportFile>, agency: string, year: number): Report | undefined {
  const key = normaliseAgency(agency)
  for (const { report, deleted } of files) {
    if (!deleted && report.year === year && normaliseAgency(report.agency) === key) return structuredClone(report)
  }
  return undefined
}
